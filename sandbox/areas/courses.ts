/** Courses: the course importer (GHL answers 201 with no body and offers no way to read courses back). */
import { unprocessable } from '../lib/errors';
import type { Router } from '../lib/router';
import type { Row } from '../lib/types';
import { requireFields } from '../lib/util';

const VISIBILITY = ['published', 'draft'];
const CONTENT_TYPES = ['video', 'assignment', 'quiz'];

/** class-validator's nested messages: "products.0.categories.1.title should not be empty". */
const checkList = (items: unknown, where: string, check: (item: Row, at: string) => string[]) => {
  if (!Array.isArray(items)) return [`${where} must be an array`];
  return items.flatMap((item, i) =>
    item && typeof item === 'object' ? check(item as Row, `${where}.${i}`) : [`${where}.${i} must be an object`],
  );
};
const missing = (item: Row, at: string, names: string[]) => names.filter((n) => !item[n]).map((n) => `${at}.${n} should not be empty`);
const oneOf = (item: Row, at: string, name: string, values: string[]) =>
  item[name] !== undefined && !values.includes(item[name])
    ? [`${at}.${name} must be one of the following values: ${values.join(', ')}`]
    : [];

const checkPost = (post: Row, at: string) => [
  ...missing(post, at, ['title']),
  ...oneOf(post, at, 'visibility', VISIBILITY),
  ...oneOf(post, at, 'contentType', CONTENT_TYPES),
];
const checkCategory = (cat: Row, at: string): string[] => [
  ...missing(cat, at, ['title']),
  ...oneOf(cat, at, 'visibility', VISIBILITY),
  ...(cat.posts !== undefined ? checkList(cat.posts, `${at}.posts`, checkPost) : []),
  ...(cat.subCategories !== undefined ? checkList(cat.subCategories, `${at}.subCategories`, checkCategory) : []),
];
const checkProduct = (p: Row, at: string) => [
  ...missing(p, at, ['title', 'description']),
  ...checkList(p.categories, `${at}.categories`, checkCategory),
];

export default (r: Router) => {
  r.post('/courses/courses-exporter/public/import', ({ body }) => {
    requireFields(body, ['locationId']);
    const problems = checkList(body.products, 'products', checkProduct);
    if (Array.isArray(body.products) && !body.products.length) problems.push('products should not be empty');
    if (problems.length) throw unprocessable(problems);
    return [201, undefined];
  });
};
