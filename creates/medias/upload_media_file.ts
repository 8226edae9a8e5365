import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { downloadFile } from '../../src/files';
import { folderField } from '../../src/areas/medias';

export default defineCreate({
  key: 'upload_media_file',
  noun: 'File',
  label: 'Upload File to Media Library',
  description: 'Uploads a file or a public file URL to the media library.',
  endpoint: 'POST /medias/upload-file',
  scopes: ['medias.write'],
  input: {
    file: fields.file('File', { helpText: 'A file from an earlier step. Give this or File URL, not both.' }),
    fileUrl: fields.url('File URL', {
      helpText: 'A public URL of a file GHL should store as it is (e.g. a hosted video). Give this or File, not both.',
    }),
    name: fields.string('Name', {
      helpText: 'The name shown in the media library, e.g. smile-gallery.jpg. Default: the name of the file.',
    }),
    parentId: folderField('The folder to put the file in. Leave empty for the top level of the library.'),
  },
  perform: async (ctx) => {
    const { file, fileUrl, name, parentId } = ctx.input;
    if (!file === !fileUrl) {
      throw new ctx.z.errors.Error(
        `Upload File to Media Library: give "File" (file) or "File URL" (fileUrl)${file ? ', not both' : ''}.`,
        'InvalidInput',
        400,
      );
    }
    // A public URL is stored by GHL as it is ("hosted"); a Zapier file is downloaded and sent.
    const upload = file ? await downloadFile(ctx.z, file, 'Upload File to Media Library') : undefined;
    const parts = upload ? { file: upload, name, parentId } : { hosted: 'true', fileUrl, name, parentId };
    const res = await ctx.request<{ fileId?: string; url?: string }>({ method: 'POST', path: '/medias/upload-file', multipart: parts });
    const fileId = res.data?.fileId ?? '';
    const given = upload ? upload.filename : decodeURIComponent(new URL(String(fileUrl)).pathname.split('/').pop() ?? '');
    return { id: fileId, fileId, url: res.data?.url ?? '', name: name ?? given };
  },
  sample: {
    id: '6751c3f0a8b1e2d3c4f5a6b7',
    fileId: '6751c3f0a8b1e2d3c4f5a6b7',
    url: 'https://storage.googleapis.com/msgsndr/ve9EPM428h8vShlRW1KT/media/smile-gallery.jpg',
    name: 'smile-gallery.jpg',
  },
});
