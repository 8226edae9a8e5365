import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';

export default defineSearch({
  key: 'check_blog_slug',
  noun: 'URL Slug',
  label: 'Find Blog URL Slug',
  description: 'Finds whether a blog post URL slug is already taken.',
  endpoint: 'GET /blogs/posts/url-slug-exists',
  scopes: ['blogs/check-slug.readonly'],
  input: {
    urlSlug: fields.string('URL Slug', { required: true, helpText: 'e.g. spring-cleaning-tips' }),
    postId: fields.id('Blog Post ID', {
      helpText:
        "When updating a post: its ID, so its own slug doesn't count as taken. Map it from the step that found or created the post.",
    }),
  },
  query: ({ urlSlug, postId }, ctx) => ({ urlSlug, locationId: ctx.locationId(), postId }),
  result: (data, { urlSlug }) => ({ id: urlSlug, urlSlug, exists: data.exists === true }),
  sample: { id: 'spring-cleaning-tips', urlSlug: 'spring-cleaning-tips', exists: false },
});
