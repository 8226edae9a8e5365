import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { encodePathParam } from '../../src/http';
import { checkApiPath } from '../../src/areas/api';

export default defineCreate({
  key: 'api_request',
  noun: 'API Request',
  label: 'API Request (Beta)',
  description: 'Sends a request to any API endpoint that no other step covers.',
  scopes: [],
  input: {
    path: fields.string('Path', {
      required: true,
      placeholder: '/contacts/{contactId}',
      helpText:
        'The path after `https://services.leadconnectorhq.com`, starting with "/", e.g. `/opportunities/pipelines`. `{locationId}` is replaced with the connected location. Full URLs are refused: requests only go to GHL. Advanced: see GHL\'s API documentation for paths and bodies.',
    }),
    method: fields.choice(
      'Method',
      { GET: 'GET', POST: 'POST', PUT: 'PUT', PATCH: 'PATCH', DELETE: 'DELETE' },
      { default: 'GET', helpText: 'GET when left empty.' },
    ),
    query: fields.dict('Query Parameters', { helpText: 'Added to the URL, e.g. locationId on the left and its value on the right.' }),
    body: fields.json('Body', { helpText: 'A JSON body for POST, PUT, PATCH or DELETE. Not sent with GET.' }),
    version: fields.choice(
      'API Version',
      { '2021-07-28': '2021-07-28', '2021-04-15': '2021-04-15' },
      {
        helpText: 'The Version header. Leave empty to use the one GHL documents for the path (2021-04-15 for calendars and conversations).',
      },
    ),
  },
  perform: async (ctx) => {
    const { method = 'GET', path = '', query, body, version } = ctx.input;
    const checked = checkApiPath(path);
    if ('error' in checked) throw new ctx.z.errors.Error(`API Request (Beta): "Path" (path) ${checked.error}.`, 'InvalidInput', 400);
    const filled = checked.path.replace(/\{locationId\}/g, () => encodePathParam(ctx.locationId()));
    if (/[{}]/.test(filled)) {
      throw new ctx.z.errors.Error(
        'API Request (Beta): "Path" (path) has a {placeholder}; put the value itself in the path.',
        'InvalidInput',
        400,
      );
    }
    const res = await ctx.request({
      method,
      path: filled,
      query: { ...checked.query, ...(query ?? {}) },
      body: method === 'GET' ? undefined : body,
      version,
    });
    return { status: res.status, data: res.data ?? null };
  },
  sample: { status: 200, data: { id: 'VDm7RPYC2GLUvdpKmBfC', name: 'Sales', locationId: 've9EPM428h8vShlRW1KT' } },
});
