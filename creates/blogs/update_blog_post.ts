import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { blogPostBody, blogPostFields, blogPostSample } from '../../src/areas/blogs';

export default defineCreate({
  key: 'update_blog_post',
  noun: 'Blog Post',
  label: 'Update Blog Post',
  description: 'Replaces a blog post; give every field, as empty ones are cleared.',
  endpoint: 'PUT /blogs/posts/{postId}',
  scopes: ['blogs/post-update.write'],
  input: {
    postId: fields.id('Blog Post', { required: true, dynamic: 'list_blog_posts.id.title', helpText: 'Choose the blog first.' }),
    ...blogPostFields,
  },
  body: (input, ctx) => blogPostBody(input, ctx),
  result: 'updatedBlogPost',
  idField: '_id',
  sample: blogPostSample,
});
