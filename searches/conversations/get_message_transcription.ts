import { defineSearch } from '../../src/define';
import { messageIdField, transcriptionSentences } from '../../src/areas/conversations';

export default defineSearch({
  key: 'get_message_transcription',
  noun: 'Call Transcription',
  label: 'Find Call Transcription',
  description: 'Finds the transcription of a call, sentence by sentence.',
  endpoint: 'GET /conversations/locations/{locationId}/messages/{messageId}/transcription',
  scopes: ['conversations/message.readonly'],
  input: { messageId: messageIdField({ calls: true }) },
  // The spec documents one sentence object; GHL returns an array of sentences. Both are read and
  // returned as one record with the joined text.
  result: (data, { messageId }) => {
    const sentences = transcriptionSentences(data);
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
