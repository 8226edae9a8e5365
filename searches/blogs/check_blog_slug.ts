import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';
import { blogField, blogPostField } from '../../src/areas/blogs';

export default defineSearch({
  key: 'check_blog_slug',
  noun: 'URL Slug',
  label: 'Find Blog URL Slug',
  description: 'Finds whether a blog post URL slug is already taken.',
  endpoint: 'GET /blogs/posts/url-slug-exists',
  scopes: ['blogs/check-slug.readonly'],
  input: {
    urlSlug: fields.string('URL Slug', { required: true, helpText: 'e.g. spring-cleaning-tips' }),
    blogId: blogField({ helpText: 'When updating a post: its blog, to list its posts below. Only used for that list.' }),
    postId: blogPostField({
      helpText: "When updating a post: the post, so its own slug doesn't count as taken. Choose it, or map its ID from an earlier step.",
    }),
  },
  query: ({ urlSlug, postId }, ctx) => ({ urlSlug, locationId: ctx.locationId(), postId }),
  result: (data, { urlSlug }) => ({ id: urlSlug, urlSlug, exists: data.exists === true }),
  sample: { id: 'spring-cleaning-tips', urlSlug: 'spring-cleaning-tips', exists: false },
});
