import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';

export default defineCreate({
  key: 'import_courses',
  noun: 'Course',
  label: 'Import Courses',
  description: 'Imports courses with their lessons into the location from JSON.',
  endpoint: 'POST /courses/courses-exporter/public/import',
  scopes: ['courses.write'],
  input: {
    products: fields.json('Products (JSON)', {
      shape: 'array',
      required: true,
      helpText:
        'A JSON array of courses: `[{"title": "...", "description": "...", "imageUrl": "...", "categories": [{"title": "...", "posts": [...]}]}]`. Categories hold posts or subCategories; posts hold postMaterials.',
    }),
    userId: fields.user({ label: 'Imported By', helpText: 'The user the import is recorded for.' }),
  },
  body: ({ products, userId }, ctx) => ({ locationId: ctx.locationId(), userId, products }),
  // GHL answers 201 without a body, so nothing identifies the new courses.
  result: (_data, { products }) => ({ imported: true, productCount: Array.isArray(products) ? products.length : 0 }),
  sample: { imported: true, productCount: 2 },
});
