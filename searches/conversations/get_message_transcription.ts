import { defineSearch } from '../../src/define';
import { messageIdField, readyTranscription } from '../../src/areas/conversations';

const TRANSCRIPTION = '/conversations/locations/{locationId}/messages/{messageId}/transcription';

export default defineSearch({
  key: 'get_message_transcription',
  noun: 'Call Transcription',
  label: 'Find Call Transcription',
  description: 'Finds the transcription of a call, sentence by sentence.',
  endpoint: `GET ${TRANSCRIPTION}`,
  scopes: ['conversations/message.readonly'],
  input: { messageId: messageIdField({ calls: true }) },
  // The spec documents one sentence object; GHL returns an array of sentences. Both are read and
  // returned as one record with the joined text. An empty answer is retried later (not ready yet).
  perform: async (ctx) => {
    const res = await ctx.request({ method: 'GET', path: ctx.path(TRANSCRIPTION), ghl: { passThrough: [404] } });
    if (res.status === 404) return undefined;
    const { messageId } = ctx.input;
    const sentences = readyTranscription(ctx.z, res.data, messageId);
    return {
      id: messageId,
      messageId,
      transcript: sentences
        .map((s) => String(s.transcript ?? '').trim())
        .filter(Boolean)
        .join(' '),
      sentenceCount: sentences.length,
      sentences,
    };
  },
  result: (data) => data,
  sample: {
    id: 'p1mRSHeLDhAms5q0LMr4',
    messageId: 'p1mRSHeLDhAms5q0LMr4',
    transcript: 'This call may be recorded. Hi, I would like to move my appointment.',
    sentenceCount: 2,
    sentences: [
      { mediaChannel: 1, sentenceIndex: 0, startTime: 0, endTime: 3, transcript: 'This call may be recorded.', confidence: 0.93 },
    ],
  },
});
