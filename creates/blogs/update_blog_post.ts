import { defineCreate } from '../../src/define';
import { blogPostBody, blogPostField, blogPostFields, blogPostSample } from '../../src/areas/blogs';

const { blogId, ...postFields } = blogPostFields;

export default defineCreate({
  key: 'update_blog_post',
  noun: 'Blog Post',
  label: 'Update Blog Post',
  description: 'Replaces a blog post; give every field, as empty ones are cleared.',
  endpoint: 'PUT /blogs/posts/{postId}',
  scopes: ['blogs/post-update.write'],
  input: {
    // The blog comes first: the Blog Post dropdown lists its posts.
    blogId,
    postId: blogPostField({ required: true, helpText: 'The post to replace: choose one of the blog above, or map its ID.' }),
    ...postFields,
  },
  body: (input, ctx) => blogPostBody(input, ctx),
  result: 'updatedBlogPost',
  idField: '_id',
  sample: blogPostSample,
});
