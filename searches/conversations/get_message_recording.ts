import { defineSearch } from '../../src/define';
import { callFacts, messageIdField, unwrap } from '../../src/areas/conversations';
import { hydrators } from '../../src/hydrators';

const RECORDING = '/conversations/messages/{messageId}/locations/{locationId}/recording';

export default defineSearch({
  key: 'get_message_recording',
  noun: 'Call Recording',
  label: 'Find Call Recording',
  description: 'Finds the recording of a call as a WAV audio file.',
  endpoint: `GET ${RECORDING}`,
  scopes: ['conversations/message.readonly'],
  input: { messageId: messageIdField({ calls: true }) },
  // GHL answers the recording endpoint with the audio itself (audio/x-wav), not JSON. The search
  // does not download it: it makes one cheap existence check (the message, as JSON, which also
  // gives the call's details) and returns a dehydrated file the hydrator streams when a later step
  // uses it. A message without a recording fails only then, with GHL's 404.
  perform: async (ctx) => {
    const res = await ctx.request({ method: 'GET', path: ctx.path('/conversations/messages/{messageId}'), ghl: { passThrough: [404] } });
    if (res.status === 404) return undefined;
    const path = ctx.path(RECORDING);
    return {
      id: ctx.input.messageId,
      messageId: ctx.input.messageId,
      locationId: ctx.locationId(),
      ...callFacts(unwrap(res.data, 'message')),
      recording: ctx.z.dehydrateFile(hydrators.messageRecording, { path }),
    };
  },
  result: (data) => data,
  sample: {
    id: 'p1mRSHeLDhAms5q0LMr4',
    messageId: 'p1mRSHeLDhAms5q0LMr4',
    locationId: 've9EPM428h8vShlRW1KT',
    conversationId: 'tDtDnQdgm2LXpyiqYvZ6',
    contactId: 'ocQHyuzHvysMo5N5VsXc',
    dateAdded: '2026-03-01T14:30:00.000Z',
    direction: 'inbound',
    callDuration: 120,
    callStatus: 'completed',
    recording: 'https://zapier.example.com/files/audio.wav',
  },
  outputFields: [{ key: 'recording', label: 'Recording File', type: 'file' }],
});
