import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { linkSample } from '../../src/areas/links';

export default defineCreate({
  key: 'create_trigger_link',
  noun: 'Trigger Link',
  label: 'Create Trigger Link',
  description: 'Creates a trigger link that records clicks before redirecting.',
  endpoint: 'POST /links/',
  scopes: ['links.write'],
  input: {
    name: fields.string('Name', { required: true, helpText: 'The name shown in GHL, e.g. Spring whitening offer.' }),
    redirectTo: fields.url('Destination URL', {
      required: true,
      helpText: 'Where a click leads, e.g. `https://example.com/offer`. Put the link in messages with its Field Key.',
    }),
  },
  body: ({ name, redirectTo }, ctx) => ({ locationId: ctx.locationId(), name, redirectTo }),
  result: 'link',
  sample: linkSample,
});
