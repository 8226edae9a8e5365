import { defineCreate } from '../../src/define';
import { fields, compact } from '../../src/fields';
import { MESSAGE_TYPES, emailListField, fileListField, sentMessageSample } from '../../src/areas/conversations';

export default defineCreate({
  key: 'send_message',
  noun: 'Message',
  label: 'Send Message',
  description: 'Sends an SMS, email, WhatsApp or chat message to a contact.',
  endpoint: 'POST /conversations/messages',
  scopes: ['conversations/message.write'],
  input: {
    type: fields.choice('Channel', MESSAGE_TYPES, { required: true, default: 'SMS', helpText: 'How the message is sent. Default: SMS.' }),
    contactId: fields.contact({ required: true }),
    message: fields.text('Message', { helpText: 'The text of the message. Required for SMS; for email, give this or HTML.' }),
    subject: fields.string('Email Subject', { helpText: 'Required for email.' }),
    html: fields.text('Email HTML', { helpText: 'The email body as HTML. Used instead of Message for email.' }),
    emailFrom: fields.string('From Email', { helpText: 'Email only: the sender, e.g. "Knight Dental <hello@knightdental.example.com>".' }),
    emailTo: fields.email('To Email', { helpText: "Email only: send here instead of the contact's email." }),
    emailCc: emailListField('CC', { helpText: 'Email only: one address per line.' }),
    emailBcc: emailListField('BCC', { helpText: 'Email only: one address per line.' }),
    attachments: fileListField('Attachments', {
      helpText: 'Files to attach. GHL downloads them from their URLs, so they must be publicly reachable.',
    }),
    fromNumber: fields.phone('From Number', { helpText: 'SMS only: one of your numbers in this location to send from.' }),
    toNumber: fields.phone('To Number', { helpText: "SMS only: send to this number instead of the contact's phone." }),
    // GHL has no endpoint that lists conversation providers, so this cannot be a dropdown.
    conversationProviderId: fields.id('Conversation Provider ID', {
      helpText:
        'Custom channel only: the custom provider to send through. GHL lists no providers: copy its ID from the Conversation Providers settings of your marketplace app, or map the Conversation Provider ID of a message sent through it (e.g. from Find Message).',
    }),
    scheduledAt: fields.datetime('Send At', { as: 'epochMs', helpText: 'Leave empty to send now.' }),
  },
  body: (input, ctx) => {
    const { type, message, subject, html, scheduledAt, ...rest } = input;
    const problem =
      type === 'Email'
        ? !subject
          ? '"Email Subject" (subject) is required for email'
          : !html && !message
            ? '"Email HTML" (html) or "Message" (message) is required for email'
            : undefined
        : !message && (type === 'SMS' || !rest.attachments?.length)
          ? `"Message" (message) is required for ${type === 'SMS' ? 'SMS' : 'this channel (or add Attachments)'}`
          : undefined;
    if (problem) throw new ctx.z.errors.Error(`Send Message: ${problem}.`, 'InvalidInput', 400);
    // The spec also marks subType and status as required, but they describe a message GHL
    // already has (status: delivered/failed...), not one being sent; GHL sends without them.
    // GMB is not in the spec's type enum, though its answer documents GMB sends (messageIds).
    // Attachments are URLs: Zapier hands file fields to us as URLs and GHL fetches them.
    return compact({
      type,
      contactId: rest.contactId,
      message,
      subject: type === 'Email' ? subject : undefined,
      html: type === 'Email' ? html : undefined,
      emailFrom: rest.emailFrom,
      emailTo: rest.emailTo,
      emailCc: rest.emailCc,
      emailBcc: rest.emailBcc,
      attachments: rest.attachments,
      fromNumber: rest.fromNumber,
      toNumber: rest.toNumber,
      conversationProviderId: rest.conversationProviderId,
      // GHL wants seconds here.
      scheduledTimestamp: typeof scheduledAt === 'number' ? Math.floor(scheduledAt / 1000) : undefined,
    });
  },
  // GMB sends answer with a list of messageIds instead of one messageId.
  result: (data, { contactId, type }) => ({
    id: data?.messageId ?? data?.messageIds?.[0],
    ...data,
    contactId,
    type,
  }),
  sample: sentMessageSample,
});
