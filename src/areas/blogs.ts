/** What the Blogs operations share: dropdowns, the blog post fields and body, samples. */
import type { OperationContext } from '../define';
import { fields, type InputOf } from '../fields';

/** A blog; it refreshes the step's Blog Post dropdown, which lists its posts. */
export const blogField = (opts: { required?: boolean; helpText?: string } = {}) =>
  fields.id('Blog', {
    dynamic: 'list_blogs.id.name',
    helpText: opts.helpText ?? 'Choose a blog, or map a blog ID.',
    required: opts.required,
    altersDynamicFields: true,
  });

/** A post of the blog chosen above it (New Blog Post lists them). */
export const blogPostField = (opts: { required?: boolean; helpText?: string } = {}) =>
  fields.id('Blog Post', {
    dynamic: 'list_blog_posts.id.title',
    dependsOn: ['blogId'],
    helpText: opts.helpText ?? 'Choose a post of the blog above, or map a blog post ID from an earlier step.',
    required: opts.required,
  });

export const blogPostFields = {
  blogId: blogField({ required: true }),
  title: fields.string('Title', { required: true, helpText: 'The post title, e.g. Spring Cleaning Tips.' }),
  urlSlug: fields.string('URL Slug', { required: true, helpText: 'The end of the post URL, e.g. spring-cleaning-tips. Must be unique.' }),
  status: fields.choice(
    'Status',
    { DRAFT: 'Draft', PUBLISHED: 'Published', SCHEDULED: 'Scheduled', ARCHIVED: 'Archived' },
    { required: true, helpText: 'Draft keeps it private; Published shows it now; Scheduled publishes it at the Publish Date.' },
  ),
  description: fields.text('Description', { required: true, helpText: 'A short summary shown in blog listings and search results.' }),
  rawHTML: fields.text('Content (HTML)', { required: true, helpText: 'The body of the post as HTML, e.g. `<p>Hello</p>`.' }),
  author: fields.id('Author', { required: true, dynamic: 'list_blog_authors.id.name', helpText: "One of the blog's authors." }),
  categories: fields.ids('Categories', {
    required: true,
    dynamic: 'list_blog_categories.id.label',
    helpText: 'One or more blog categories.',
  }),
  publishedAt: fields.datetime('Publish Date', {
    as: 'isoUtc',
    required: true,
    helpText: 'When the post is (or was) published; for Scheduled, the future date it goes live.',
  }),
  imageUrl: fields.url('Image URL', { helpText: 'The cover image. GHL may ask for one.' }),
  imageAltText: fields.string('Image Alt Text', {
    helpText: 'A short description of the cover image, for screen readers and search engines.',
  }),
  tags: fields.list('Tags', { helpText: 'One tag per line.' }),
  canonicalLink: fields.url('Canonical Link', { helpText: 'The original URL when the post is republished from elsewhere.' }),
};

type BlogPostInput = InputOf<typeof blogPostFields>;

/** The body of create and update; unset optional fields are left out. */
export const blogPostBody = (input: Partial<BlogPostInput>, ctx: OperationContext<unknown>) => {
  const body: Record<string, unknown> = { locationId: ctx.locationId() };
  for (const [k, v] of Object.entries(input)) if (v !== undefined && k !== 'postId') body[k] = v;
  return body;
};

export const blogSample = { _id: 'lMOzIQZne5m6zQ528sT6', id: 'lMOzIQZne5m6zQ528sT6', name: 'Knight Dental Blog' };

export const blogPostSample = {
  _id: '66c381b38be80858b9af62b6',
  id: '66c381b38be80858b9af62b6',
  title: 'Five tips for healthier teeth',
  description: 'Simple habits that keep your smile bright.',
  imageUrl: 'https://files.example.com/teeth.jpg',
  imageAltText: 'A bright smile',
  status: 'PUBLISHED',
  urlSlug: 'five-tips-healthier-teeth',
  canonicalLink: 'https://blog.knightdental.example.com/post/five-tips-healthier-teeth',
  author: '659ec9634a3796e4e47cc360',
  categories: ['659ecabc4a37969a2b7cc370'],
  tags: ['health', 'tips'],
  archived: false,
  publishedAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-01T14:35:00.000Z',
};
