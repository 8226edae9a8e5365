import type { OperationCase } from '../helpers';
import { LOCATION_ID } from '../helpers';

export const courseCases: OperationCase[] = [
  {
    key: 'import_courses',
    input: {
      products: JSON.stringify([
        { title: 'Smile School', description: 'Dental care basics', categories: [{ title: 'Week 1', posts: [] }] },
      ]),
      userId: 'u1',
    },
    request: {
      method: 'POST',
      path: '/courses/courses-exporter/public/import',
      body: {
        locationId: LOCATION_ID,
        userId: 'u1',
        products: [{ title: 'Smile School', description: 'Dental care basics', categories: [{ title: 'Week 1', posts: [] }] }],
      },
    },
    status: 201,
    reply: '',
    expected: { imported: true, productCount: 1 },
    bad: { input: { products: '{"title": "Smile School"}' }, error: /"Products \(JSON\)" \(products\) must be a JSON array/ },
  },
];
