/** The media library: listing files and folders, and uploads (a file, or a hosted URL), multipart as GHL takes them. */
import { notFound, unprocessable } from '../lib/errors';
import type { UploadedFile } from '../lib/multipart';
import type { Router } from '../lib/router';
import type { Row } from '../lib/types';
import { clone, intParam, nowIso, queryMatches, requireFields, requireOneOf, sortBy } from '../lib/util';

export default (r: Router) => {
  r.get('/medias/files', ({ state, query }) => {
    requireFields(query, ['sortBy', 'sortOrder', 'type', 'altType', 'altId']);
    requireOneOf(query, 'altType', ['location']);
    requireOneOf(query, 'sortOrder', ['asc', 'desc']);
    const offset = intParam(query.offset, 'offset', { def: 0 });
    const limit = intParam(query.limit, 'limit', { def: 10, min: 1, max: 100 });
    const all = query.fetchAll === 'true';
    const list = state.mediaFiles.filter(
      (m) =>
        m.altId === query.altId &&
        m.type === query.type &&
        (all || (m.parentId ?? null) === (query.parentId ?? null)) &&
        queryMatches(m, query.query, ['name']),
    );
    return { files: clone(sortBy(list, String(query.sortBy), query.sortOrder).slice(offset, offset + limit)) };
  });
  r.post('/medias/upload-file', ({ state, body, auth }) => {
    const hosted = body.hosted === 'true' || body.hosted === true;
    const file = body.file as UploadedFile | undefined;
    if (hosted) requireFields(body, ['fileUrl']);
    else if (!file || typeof file !== 'object') throw unprocessable('file should not be empty (or send hosted=true with a fileUrl)');
    if (body.parentId && !state.mediaFiles.some((m) => m._id === body.parentId && m.type === 'folder'))
      throw notFound(`Folder with id ${body.parentId} not found`);
    const _id = state.nextId();
    const name = String(body.name || (hosted ? String(body.fileUrl).split('/').pop() : file?.filename) || 'file');
    const url = hosted
      ? String(body.fileUrl)
      : `https://storage.googleapis.com/sandbox-media/${auth.locationId}/${_id}/${encodeURIComponent(name)}`;
    const at = nowIso();
    const record: Row = {
      _id,
      name,
      type: 'file',
      contentType: file?.contentType ?? '',
      parentId: body.parentId || null,
      path: `media/${name}`,
      url,
      altId: auth.locationId,
      altType: 'location',
      createdAt: at,
      updatedAt: at,
    };
    state.mediaFiles.push(record);
    return { fileId: _id, url };
  });
};
