import { defineCreate } from '../../src/define';
import { associationField } from '../../src/areas/associations';

export default defineCreate({
  key: 'delete_association',
  noun: 'Association',
  label: 'Delete Association',
  description: 'Deletes a user-defined association and every relation made with it.',
  endpoint: 'DELETE /associations/{associationId}',
  scopes: ['associations.write'],
  input: { associationId: associationField({ required: true }) },
  result: (data, { associationId }) => ({ id: data.id ?? associationId, deleted: data.deleted ?? true, message: data.message ?? '' }),
  sample: { id: '6d6f6e676f5f6576656e7473', deleted: true, message: 'Association deleted successfully' },
});
