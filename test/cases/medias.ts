import type { OperationCase } from '../helpers';
import { LOCATION_ID } from '../helpers';

const listQuery = (type: string, sortBy: string, sortOrder: string) => ({
  altType: 'location',
  altId: LOCATION_ID,
  type,
  sortBy,
  sortOrder,
});
const file = {
  _id: 'me1',
  name: 'smile.jpg',
  type: 'file',
  url: 'https://storage.googleapis.com/b/smile.jpg',
  parentId: 'fo1',
  altId: LOCATION_ID,
  altType: 'location',
};
const uploaded = { fileId: 'me9', url: 'https://storage.googleapis.com/b/tour.mp4' };

export const mediaCases: OperationCase[] = [
  {
    key: 'list_media_folders',
    input: {},
    request: { method: 'GET', path: '/medias/files', query: { ...listQuery('folder', 'name', 'asc'), limit: '100', offset: '0' } },
    reply: { files: [{ _id: 'fo1', name: 'Before and after', type: 'folder', altId: LOCATION_ID, altType: 'location' }] },
    expected: [{ _id: 'fo1', id: 'fo1', name: 'Before and after', type: 'folder', altId: LOCATION_ID, altType: 'location' }],
  },
  {
    key: 'new_media_file',
    input: { parentId: 'fo1' },
    request: {
      method: 'GET',
      path: '/medias/files',
      query: { ...listQuery('file', 'createdAt', 'desc'), parentId: 'fo1', limit: '100', offset: '0' },
    },
    reply: { files: [file] },
    expected: [{ ...file, id: 'me1' }],
    bad: { input: { parentId: '..' }, error: /"Folder" \(parentId\) is not a valid id/ },
  },
  {
    key: 'upload_media_file',
    title: 'a public URL',
    input: { fileUrl: 'https://videos.example.com/tour.mp4', name: 'Office tour', parentId: 'fo1' },
    request: {
      method: 'POST',
      path: '/medias/upload-file',
      body: { hosted: 'true', fileUrl: 'https://videos.example.com/tour.mp4', name: 'Office tour', parentId: 'fo1' },
    },
    reply: uploaded,
    expected: { id: 'me9', fileId: 'me9', url: uploaded.url, name: 'Office tour' },
    bad: {
      input: { fileUrl: 'https://videos.example.com/tour.mp4', file: 'https://files.example.com/a.jpg' },
      error: /give "File" \(file\) or "File URL" \(fileUrl\), not both/,
    },
  },
  {
    key: 'upload_media_file',
    title: 'a Zapier file',
    input: { file: 'https://files.example.com/photos/smile.jpg' },
    before: [{ request: { host: 'https://files.example.com', method: 'GET', path: '/photos/smile.jpg' }, reply: 'JPEG bytes' }],
    request: {
      method: 'POST',
      path: '/medias/upload-file',
      body: { file: { filename: 'smile.jpg', contentType: 'application/octet-stream', content: 'JPEG bytes' } },
    },
    reply: { fileId: 'me10', url: 'https://storage.googleapis.com/b/smile.jpg' },
    expected: { id: 'me10', fileId: 'me10', url: 'https://storage.googleapis.com/b/smile.jpg', name: 'smile.jpg' },
    bad: { input: { name: 'Nothing given' }, error: /give "File" \(file\) or "File URL" \(fileUrl\)\./ },
  },
];
