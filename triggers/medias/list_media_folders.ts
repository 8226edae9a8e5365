import { defineTrigger } from '../../src/define';
import { mediaFolderSample, mediaQuery } from '../../src/areas/medias';

export default defineTrigger({
  key: 'list_media_folders',
  noun: 'Folder',
  label: 'Media Folders',
  description: "Lists the media library's folders for the folder dropdowns.",
  hidden: true,
  endpoint: 'GET /medias/files',
  scopes: ['medias.readonly'],
  query: (_input, ctx) => mediaQuery(ctx, 'folder', 'name', 'asc'),
  result: 'files',
  idField: '_id',
  paging: { style: 'offset' },
  sample: mediaFolderSample,
});
