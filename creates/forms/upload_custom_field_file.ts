import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { downloadFile, fileId } from '../../src/files';

/** GHL's limit for a file in a custom field (spec of POST /forms/upload-custom-files). */
const MAX_BYTES = 50 * 1048576;

export default defineCreate({
  key: 'upload_custom_field_file',
  noun: 'File',
  label: 'Upload File to Custom Field',
  description: "Uploads a file into a contact's file upload custom field.",
  endpoint: 'POST /forms/upload-custom-files',
  scopes: ['forms.write'],
  input: {
    contactId: fields.contact({ required: true }),
    customFieldId: fields.id('Custom Field', {
      required: true,
      dynamic: 'list_custom_fields.id.name',
      helpText: 'A contact custom field of the File Upload type, or map its ID.',
    }),
    file: fields.file('File', {
      required: true,
      helpText:
        'A file from an earlier step, or a public URL to one. At most 50 MB; GHL accepts PDF, Word, Excel, CSV, images (JPG, PNG, GIF, SVG), MP4, MPEG, ZIP, RAR and TXT.',
    }),
    fileName: fields.string('File Name', { helpText: 'The name GHL shows, e.g. x-ray.pdf. Default: the name of the file given.' }),
  },
  perform: async (ctx) => {
    const { contactId, customFieldId, file, fileName } = ctx.input as Record<string, string>;
    const part = await downloadFile(ctx.z, file, 'Upload File to Custom Field', MAX_BYTES);
    const upload = { ...part, filename: fileName ?? part.filename };
    // GHL reads each file from a part named "<custom field id>_<file id>"; the file id is the
    // content's hash, so the same file always gets the same id.
    await ctx.request({
      method: 'POST',
      path: '/forms/upload-custom-files',
      query: { contactId, locationId: ctx.locationId() },
      multipart: { [`${customFieldId}_${fileId(upload)}`]: upload },
    });
    // GHL answers with the contact, in a shape its spec leaves open: the step says what it sent.
    return {
      id: contactId,
      contactId,
      customFieldId,
      fileName: upload.filename,
      contentType: upload.contentType,
      size: upload.content.length,
    };
  },
  sample: {
    id: 'DWQ45t2IPVxi9LDu1wBl',
    contactId: 'DWQ45t2IPVxi9LDu1wBl',
    customFieldId: 'cfXray00000000015',
    fileName: 'x-ray.pdf',
    contentType: 'application/pdf',
    size: 48213,
  },
});
