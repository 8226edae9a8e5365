/** Blogs: sites, authors, categories and posts (keyed `_id`, as GHL's blog service does). */
import { unprocessable } from '../lib/errors';
import type { Router } from '../lib/router';
import type { Row } from '../lib/types';
import { assignFields, clone, getOr404, intParam, lower, nowIso, queryMatches, requireFields, requireOneOf, sortBy } from '../lib/util';

const STATUSES = ['DRAFT', 'PUBLISHED', 'SCHEDULED', 'ARCHIVED'] as const;
const POST_FIELDS = [
  'title',
  'urlSlug',
  'status',
  'description',
  'rawHTML',
  'author',
  'categories',
  'tags',
  'imageUrl',
  'imageAltText',
  'publishedAt',
  'canonicalLink',
  'blogId',
];

/** limit/offset paging of the blog endpoints. */
const page = <T>(list: T[], query: Row) => {
  const offset = intParam(query.offset ?? query.skip, 'offset', { def: 0 });
  const limit = intParam(query.limit, 'limit', { def: 10, min: 1, max: 100 });
  return list.slice(offset, offset + limit);
};

const ofLocation = (list: Row[], query: Row) => {
  requireFields(query, ['locationId']);
  return list.filter((x) => x.locationId === query.locationId);
};

const checkPost = (state: Row, body: Row) => {
  if (body.status !== undefined) requireOneOf(body, 'status', STATUSES);
  if (body.categories !== undefined && !Array.isArray(body.categories)) throw unprocessable('categories must be an array');
  if (body.blogId !== undefined) getOr404(state.blogSites, body.blogId, 'Blog');
};

export default (r: Router) => {
  r.get('/blogs/site/all', ({ state, query }) => {
    const list = ofLocation(state.blogSites, query).filter((b) => queryMatches(b, query.searchTerm, ['name']));
    return { data: clone(page(list, query)) };
  });
  r.get('/blogs/authors', ({ state, query }) => ({ authors: clone(page(ofLocation(state.blogAuthors, query), query)) }));
  r.get('/blogs/categories', ({ state, query }) => ({ categories: clone(page(ofLocation(state.blogCategories, query), query)) }));
  r.get('/blogs/posts/all', ({ state, query }) => {
    requireFields(query, ['blogId']);
    if (query.status !== undefined) requireOneOf(query, 'status', STATUSES);
    let list = ofLocation(state.blogPosts, query).filter((p) => p.blogId === query.blogId);
    if (query.status) list = list.filter((p) => p.status === query.status);
    list = list.filter((p) => queryMatches(p, query.searchTerm, ['title']));
    return { blogs: clone(page(sortBy(list, 'updatedAt'), query)) };
  });
  r.get('/blogs/posts/url-slug-exists', ({ state, query }) => {
    requireFields(query, ['urlSlug', 'locationId']);
    const exists = ofLocation(state.blogPosts, query).some((p) => lower(p.urlSlug) === lower(query.urlSlug) && p._id !== query.postId);
    return { exists };
  });
  r.post('/blogs/posts', ({ state, body }) => {
    // GHL's spec lists every field as required; the sandbox asks for what a post cannot be without.
    requireFields(body, ['title', 'locationId', 'blogId', 'urlSlug', 'status']);
    checkPost(state, body);
    const at = nowIso();
    const post = assignFields({ _id: state.nextId(), locationId: body.locationId, createdAt: at, updatedAt: at }, body, POST_FIELDS);
    state.blogPosts.push(post);
    return { data: clone(post) };
  });
  r.put('/blogs/posts/:postId', ({ state, params, body }) => {
    const post = getOr404(state.blogPosts, params.postId, 'Blog post');
    checkPost(state, body);
    assignFields(post, body, POST_FIELDS).updatedAt = nowIso();
    return { updatedBlogPost: clone(post) };
  });
};
