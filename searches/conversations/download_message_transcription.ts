import { defineSearch } from '../../src/define';
import { messageIdField, readyTranscription } from '../../src/areas/conversations';
import { hydrators } from '../../src/hydrators';

const TRANSCRIPTION = '/conversations/locations/{locationId}/messages/{messageId}/transcription';

export default defineSearch({
  key: 'download_message_transcription',
  noun: 'Transcription File',
  label: 'Find Call Transcription File',
  description: 'Finds the transcription of a call as a text file to attach.',
  endpoint: `GET ${TRANSCRIPTION}/download`,
  scopes: ['conversations/message.readonly'],
  input: { messageId: messageIdField({ calls: true }) },
  // GHL answers the download endpoint with a text file, not JSON. The search does not download it:
  // it makes one cheap existence check (the transcription as JSON; 404 when there is none, so the
  // search finds nothing; empty while GHL is still transcribing, so retried later) and returns a
  // dehydrated file the hydrator streams only when used.
  perform: async (ctx) => {
    const res = await ctx.request({ method: 'GET', path: ctx.path(TRANSCRIPTION), ghl: { passThrough: [404] } });
    if (res.status === 404) return undefined;
    return {
      id: ctx.input.messageId,
      messageId: ctx.input.messageId,
      locationId: ctx.locationId(),
      sentenceCount: readyTranscription(ctx.z, res.data, ctx.input.messageId).length,
      file: ctx.z.dehydrateFile(hydrators.messageTranscription, { path: ctx.path(`${TRANSCRIPTION}/download`) }),
    };
  },
  result: (data) => data,
  sample: {
    id: 'p1mRSHeLDhAms5q0LMr4',
    messageId: 'p1mRSHeLDhAms5q0LMr4',
    locationId: 've9EPM428h8vShlRW1KT',
    sentenceCount: 12,
    file: 'https://zapier.example.com/files/transcription.txt',
  },
  outputFields: [{ key: 'file', label: 'Transcription File', type: 'file' }],
});
