import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { blogField, blogPostSample } from '../../src/areas/blogs';

export default defineTrigger({
  key: 'list_blog_posts',
  noun: 'Blog Post',
  label: 'New Blog Post',
  description: 'Triggers when a post is added to a blog.',
  endpoint: 'GET /blogs/posts/all',
  scopes: ['blogs/posts.readonly'],
  input: {
    blogId: blogField({ required: true }),
    status: fields.choice(
      'Status',
      { PUBLISHED: 'Published', SCHEDULED: 'Scheduled', DRAFT: 'Draft', ARCHIVED: 'Archived' },
      { helpText: 'Only posts with this status. Leave empty for all.' },
    ),
    searchTerm: fields.string('Title Contains', { helpText: 'Only posts whose title contains this text.' }),
  },
  query: (input, ctx) => ({ locationId: ctx.locationId(), ...input }),
  // GHL calls the list `blogs`, although it holds blog posts.
  result: 'blogs',
  idField: '_id',
  newestFirst: 'updatedAt',
  paging: { style: 'offset', size: 100 },
  sample: blogPostSample,
});
