import { defineTrigger } from '../../src/define';
import { OBJECT_SCHEMA_SCOPE } from '../../src/areas/objects';

export default defineTrigger({
  key: 'list_custom_objects',
  noun: 'Object',
  label: 'List Custom Objects',
  description: 'Lists the custom objects of the location for the object dropdowns.',
  hidden: true,
  endpoint: 'GET /objects/',
  scopes: [OBJECT_SCHEMA_SCOPE],
  query: (_input, ctx) => ({ locationId: ctx.locationId() }),
  // GHL lists standard objects (contact, opportunity, business) too: the record steps are for
  // custom objects, and businesses have their own steps. Named by the plural label, as in GHL's menu.
  result: (data) =>
    ((data?.objects ?? []) as Record<string, any>[])
      .filter((o) => o && typeof o.key === 'string' && o.standard !== true && o.key.startsWith('custom_objects.'))
      .map((o) => ({ id: o.id ?? o.key, key: o.key, name: o.labels?.plural ?? o.labels?.singular ?? o.key, description: o.description })),
  sample: {
    id: '67a0f1e2d3c4b5a697887766',
    key: 'custom_objects.family_plans',
    name: 'Family Plans',
    description: 'Dental plans that cover a whole family.',
  },
});
