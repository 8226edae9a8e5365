import { expectRequest, LOCATION_ID, OAUTH_AUTH, TOKEN_AUTH, errorOf, runAppFunction, type AppKind } from './helpers';
import { hydrators } from '../src/hydrators';

const RECORDING = `/conversations/messages/m%201/locations/${LOCATION_ID}/recording`;
const TRANSCRIPT = `/conversations/locations/${LOCATION_ID}/messages/m1/transcription/download`;

/** Runs a hydrator with the app tester's real z (middlewares included) and a stubbed stashFile. */
const hydrate = async (app: AppKind, name: string, path: string) => {
  const stashed: Array<{ status: number; streamed: boolean; contentType: string | null; text: string }> = [];
  const result = await runAppFunction(
    app,
    async (z: any, bundle: any) => {
      z.stashFile = async (input: Promise<any>) => {
        const response = await input;
        // A raw response: its body is a stream, handed on unread (never buffered by the hydrator).
        const streamed = typeof response.body?.pipe === 'function' && !response.bodyUsed;
        const text = streamed ? await response.text() : '';
        stashed.push({ status: response.status, streamed, contentType: response.headers.get('content-type'), text });
        return 'https://zapier.example.com/stash/file';
      };
      return hydrators[name](z, bundle);
    },
    { authData: app === 'oauth' ? OAUTH_AUTH : TOKEN_AUTH, inputData: { path } },
  );
  return { result, stashed };
};

describe('hydrators', () => {
  it.each(['oauth', 'token'] as AppKind[])('messageRecording streams the recording through the shared layer [%s]', async (app) => {
    const scope = expectRequest(
      { method: 'GET', path: RECORDING, version: '2021-04-15' },
      { body: 'RIFF....WAVE', headers: { 'Content-Type': 'audio/x-wav', 'Content-Disposition': 'attachment; filename=audio.wav' } },
      { token: app === 'oauth' ? OAUTH_AUTH.access_token : TOKEN_AUTH.apiKey },
    );
    const { result, stashed } = await hydrate(app, 'messageRecording', RECORDING);
    expect(result).toBe('https://zapier.example.com/stash/file');
    expect(stashed).toEqual([{ status: 200, streamed: true, contentType: 'audio/x-wav', text: 'RIFF....WAVE' }]);
    expect(scope.isDone()).toBe(true);
  });

  it('messageTranscription streams the text file', async () => {
    const scope = expectRequest(
      { method: 'GET', path: TRANSCRIPT, version: '2021-04-15' },
      { body: 'Agent: Hello.\nCaller: Hi.', headers: { 'Content-Type': 'text/plain' } },
    );
    const { stashed } = await hydrate('oauth', 'messageTranscription', TRANSCRIPT);
    expect(stashed).toEqual([{ status: 200, streamed: true, contentType: 'text/plain', text: 'Agent: Hello.\nCaller: Hi.' }]);
    expect(scope.isDone()).toBe(true);
  });

  it("a missing file gives the shared layer's 404 message, nothing is stashed", async () => {
    expectRequest({ method: 'GET', path: RECORDING }, { status: 404, body: { statusCode: 404, message: 'Recording not found' } });
    const err = await errorOf(hydrate('oauth', 'messageRecording', RECORDING));
    expect(err.message).toContain('The call recording was not found');
    expect(err.message).toContain('Recording not found');
  });

  it('a 429 while downloading is a ThrottledError', async () => {
    expectRequest({ method: 'GET', path: TRANSCRIPT }, { status: 429, body: {}, headers: { 'Retry-After': '5' } });
    const err = await errorOf(hydrate('oauth', 'messageTranscription', TRANSCRIPT));
    expect(err.name).toBe('ThrottledError');
  });

  it.each([
    ['messageRecording', '/contacts/c1'],
    ['messageRecording', 'https://evil.example.com/conversations/messages/m1/locations/l1/recording'],
    ['messageTranscription', `/conversations/locations/${LOCATION_ID}/messages/../../x/transcription/download`],
    ['messageTranscription', `/conversations/locations/${LOCATION_ID}/messages/../transcription/download`],
  ])('%s refuses a payload path it was not made for (%s)', async (name, path) => {
    const err = await errorOf(hydrate('oauth', name, path));
    expect(err.message).toContain('not a GHL file path');
  });
});
