import nock from 'nock';
import { LOCATION_ID, describeOperations, errorOf, expectRequest, runOperation } from './helpers';
import { formCases } from './cases/forms';

describeOperations('Forms and surveys', formCases);

describe('Upload File to Custom Field', () => {
  const input = { contactId: 'co1', customFieldId: 'cf1', file: 'https://files.example.com/a%20b/scan.pdf', fileName: 'Jane "x".pdf' };

  it('names the file as asked, keeps its type, and sends no token to the file host', async () => {
    nock('https://files.example.com', { badheaders: ['authorization'] })
      .get('/a%20b/scan.pdf')
      .reply(200, 'abc', { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="other.pdf"' });
    const scope = expectRequest({
      method: 'POST',
      path: '/forms/upload-custom-files',
      query: { contactId: 'co1', locationId: LOCATION_ID },
      body: { cf1_a9993e364706816aba3e2571: { filename: 'Jane _x_.pdf', contentType: 'application/pdf', content: 'abc' } },
    });
    const out = await runOperation('upload_custom_field_file', input);
    expect(out).toMatchObject({ fileName: 'Jane "x".pdf', contentType: 'application/pdf', size: 3 });
    expect(scope.isDone()).toBe(true);
  });

  it('a file that cannot be downloaded stops the step before anything is sent to GHL', async () => {
    nock('https://files.example.com').get('/a%20b/scan.pdf').reply(403, 'denied');
    const err = await errorOf(runOperation('upload_custom_field_file', input));
    expect(err.message).toMatch(/could not be downloaded \(HTTP 403\).*Nothing was sent to GHL/);
  });

  it('a file host that fails for now is retried later', async () => {
    nock('https://files.example.com').get('/a%20b/scan.pdf').reply(503, 'busy');
    const err = await errorOf(runOperation('upload_custom_field_file', input));
    expect(err.name).toBe('ThrottledError');
  });
});
