import { defineTrigger } from '../../src/define';
import { folderField, mediaFileSample, mediaQuery } from '../../src/areas/medias';

export default defineTrigger({
  key: 'new_media_file',
  noun: 'File',
  label: 'New File in Media Library',
  description: 'Triggers when a file is added to the media library.',
  endpoint: 'GET /medias/files',
  scopes: ['medias.readonly'],
  input: {
    parentId: folderField(
      'Only files in this folder. Leave empty for the top level of the library. Each check reads the 100 newest files there (GHL sorts by creation date; paging is by offset), so more than 100 new files between two checks may be missed.',
    ),
  },
  query: ({ parentId }, ctx) => ({ ...mediaQuery(ctx, 'file', 'createdAt', 'desc'), parentId, limit: 100, offset: 0 }),
  result: 'files',
  idField: '_id',
  sample: mediaFileSample,
});
