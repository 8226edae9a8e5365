import { defineCreate } from '../../src/define';
import { blogPostBody, blogPostFields, blogPostSample } from '../../src/areas/blogs';

export default defineCreate({
  key: 'create_blog_post',
  noun: 'Blog Post',
  label: 'Create Blog Post',
  description: 'Creates a blog post as a draft, published or scheduled post.',
  endpoint: 'POST /blogs/posts',
  scopes: ['blogs/post.write'],
  input: blogPostFields,
  body: (input, ctx) => blogPostBody(input, ctx),
  result: 'data',
  idField: '_id',
  sample: blogPostSample,
});
