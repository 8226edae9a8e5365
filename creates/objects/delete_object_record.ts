import { defineCreate } from '../../src/define';
import { objectField, recordField } from '../../src/areas/objects';

export default defineCreate({
  key: 'delete_object_record',
  noun: 'Record',
  label: 'Delete Record',
  description: 'Deletes a custom object record.',
  endpoint: 'DELETE /objects/{objectKey}/records/{recordId}',
  scopes: ['objects/record.write'],
  input: {
    objectKey: objectField(),
    recordId: recordField('The record to delete: choose one, or map a record ID from an earlier step. Deleting cannot be undone.'),
  },
  result: (data, { recordId }) => ({ id: data?.id ?? recordId, success: data?.success !== false }),
  sample: { id: '67b0c3e5f1a2b3c4d5e6f701', success: true },
});
