import type { OperationCase } from '../helpers';
import { LOCATION_ID } from '../helpers';

const author = { _id: 'au1', name: 'Dr. Rosie Knight', updatedAt: '2026-01-03T11:06:35.822Z' };
const author2 = { _id: 'au2', name: 'Sam Lee', updatedAt: '2026-02-03T11:06:35.822Z' };
const category = { _id: 'ca1', label: 'Oral Health', urlSlug: 'oral-health', updatedAt: '2026-01-03T11:06:35.822Z' };
const postOld = { _id: 'po1', title: 'Old post', status: 'PUBLISHED', updatedAt: '2026-02-01T10:00:00.000Z' };
const postNew = { _id: 'po2', title: 'New post', status: 'PUBLISHED', updatedAt: '2026-03-01T10:00:00.000Z' };

/** Operations without input: no bad-input row is possible (run by test/blogs.test.ts). */
export const blogInputlessCases: Array<Omit<OperationCase, 'bad'>> = [
  {
    key: 'list_blog_authors',
    input: {},
    request: { method: 'GET', path: '/blogs/authors', query: { locationId: LOCATION_ID, limit: '100', offset: '0' } },
    reply: { authors: [author, author2] },
    expected: [
      { ...author2, id: 'au2' },
      { ...author, id: 'au1' },
    ],
  },
  {
    key: 'list_blog_categories',
    input: {},
    request: { method: 'GET', path: '/blogs/categories', query: { locationId: LOCATION_ID, limit: '100', offset: '0' } },
    reply: { categories: [category] },
    expected: [{ ...category, id: 'ca1' }],
  },
];

const postInput = {
  blogId: 'bl1',
  title: 'Five tips for healthier teeth',
  urlSlug: 'five-tips-healthier-teeth',
  status: 'Published',
  description: 'Simple habits.',
  rawHTML: '<p>Brush twice a day.</p>',
  author: 'au1',
  categories: 'ca1, ca2',
  publishedAt: '2026-03-01T09:30:00-05:00',
  tags: 'health, tips',
};
const postBody = {
  locationId: LOCATION_ID,
  blogId: 'bl1',
  title: 'Five tips for healthier teeth',
  urlSlug: 'five-tips-healthier-teeth',
  status: 'PUBLISHED',
  description: 'Simple habits.',
  rawHTML: '<p>Brush twice a day.</p>',
  author: 'au1',
  categories: ['ca1', 'ca2'],
  publishedAt: '2026-03-01T14:30:00.000Z',
  tags: ['health', 'tips'],
};
const created = { _id: 'po3', title: 'Five tips for healthier teeth', status: 'PUBLISHED' };

export const blogCases: OperationCase[] = [
  {
    key: 'list_blogs',
    input: { searchTerm: 'dental' },
    request: { method: 'GET', path: '/blogs/site/all', query: { locationId: LOCATION_ID, searchTerm: 'dental', limit: '100', skip: '0' } },
    reply: { data: [{ _id: 'bl1', name: 'Knight Dental Blog' }] },
    expected: [{ _id: 'bl1', id: 'bl1', name: 'Knight Dental Blog' }],
    bad: { input: { searchTerm: ['a', 'b'] }, error: /"Name Contains" \(searchTerm\) must be text/ },
  },
  {
    key: 'list_blog_posts',
    input: { blogId: 'bl1', status: 'published' },
    request: {
      method: 'GET',
      path: '/blogs/posts/all',
      query: { locationId: LOCATION_ID, blogId: 'bl1', status: 'PUBLISHED', limit: '100', offset: '0' },
    },
    reply: { blogs: [postOld, postNew] },
    expected: [
      { ...postNew, id: 'po2' },
      { ...postOld, id: 'po1' },
    ],
    bad: { input: {}, error: /"Blog" \(blogId\) is required/ },
  },
  {
    key: 'check_blog_slug',
    input: { urlSlug: 'five-tips', blogId: 'b1', postId: 'po1' },
    request: {
      method: 'GET',
      path: '/blogs/posts/url-slug-exists',
      query: { urlSlug: 'five-tips', locationId: LOCATION_ID, postId: 'po1' },
    },
    reply: { exists: true },
    expected: [{ id: 'five-tips', urlSlug: 'five-tips', exists: true }],
    bad: { input: {}, error: /"URL Slug" \(urlSlug\) is required/ },
  },
  {
    key: 'create_blog_post',
    input: postInput,
    meta: { timezone: 'America/New_York' },
    request: { method: 'POST', path: '/blogs/posts', body: postBody },
    reply: { data: created },
    expected: { ...created, id: 'po3' },
    bad: {
      input: { ...postInput, publishedAt: 'someday', status: 'LIVE' },
      error:
        /"Status" \(status\) must be one of: DRAFT, PUBLISHED, SCHEDULED, ARCHIVED; "Publish Date" \(publishedAt\) could not be read as a date/,
    },
  },
  {
    key: 'update_blog_post',
    input: { ...postInput, postId: 'po3' },
    request: { method: 'PUT', path: '/blogs/posts/po3', body: postBody },
    reply: { updatedBlogPost: created },
    expected: { ...created, id: 'po3' },
    bad: { input: postInput, error: /"Blog Post" \(postId\) is required/ },
  },
];
