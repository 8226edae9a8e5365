/** What the Media Library operations share: the folder dropdown, the listing query, samples. */
import type { OperationContext } from '../define';
import { fields } from '../fields';

export const folderField = (helpText: string) => fields.id('Folder', { dynamic: 'list_media_folders.id.name', helpText });

/**
 * GET /medias/files for the connected location: GHL requires the sort and the type on every call.
 * Paging is by offset, so a poll reads the first 100 of a sorted list. The spec calls `parentId`
 * "parent id or folder id" and `fetchAll` "fetch all files or folders" without saying whether a
 * listing without a folder holds the files inside folders; the steps send no `fetchAll` and say
 * in their help text that an empty folder means the top level.
 */
export const mediaQuery = (ctx: OperationContext<unknown>, type: 'file' | 'folder', sortBy: string, sortOrder: 'asc' | 'desc') => ({
  altType: 'location',
  altId: ctx.locationId(),
  type,
  sortBy,
  sortOrder,
});

export const mediaFileSample = {
  _id: '6751c3f0a8b1e2d3c4f5a6b7',
  id: '6751c3f0a8b1e2d3c4f5a6b7',
  name: 'smile-gallery.jpg',
  type: 'file',
  url: 'https://storage.googleapis.com/msgsndr/ve9EPM428h8vShlRW1KT/media/smile-gallery.jpg',
  path: 'media/smile-gallery.jpg',
  parentId: '6751c2e9a8b1e2d3c4f5a6b0',
  altId: 've9EPM428h8vShlRW1KT',
  altType: 'location',
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-01T14:30:00.000Z',
};

export const mediaFolderSample = {
  _id: '6751c2e9a8b1e2d3c4f5a6b0',
  id: '6751c2e9a8b1e2d3c4f5a6b0',
  name: 'Before and after',
  type: 'folder',
  altId: 've9EPM428h8vShlRW1KT',
  altType: 'location',
};
