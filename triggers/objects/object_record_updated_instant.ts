import { defineInstantTrigger } from '../../src/instant';
import { recordInstant } from '../../src/areas/objects';

export default defineInstantTrigger({
  key: 'object_record_updated_instant',
  label: 'Updated Record (Instant)',
  description: 'Triggers when a custom object record changes, instantly.',
  event: 'RecordUpdate',
  ...recordInstant('updatedAt', 'Every changed record of the location is checked against this object.'),
});
