import { defineInstantTrigger } from '../../src/instant';
import { recordInstant } from '../../src/areas/objects';

export default defineInstantTrigger({
  key: 'object_record_created_instant',
  label: 'New Record (Instant)',
  description: 'Triggers when a record is added to a custom object, instantly.',
  event: 'RecordCreate',
  ...recordInstant('createdAt', 'Every new record of the location is checked against this object.'),
});
