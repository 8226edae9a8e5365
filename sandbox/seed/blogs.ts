/** A blog of the practice with its authors, categories and posts. */
import type { Row } from '../lib/types';
import type { Accounts, SeedContext } from './context';
import { DAY } from './context';

export const seedBlogs = ({ id, now, iso }: SeedContext, { L }: Accounts) => {
  const blogSites: Row[] = [
    { _id: id(), name: 'Austin Smiles Journal', locationId: L, updatedAt: iso(now - 3 * DAY) },
    { _id: id(), name: 'Patient News', locationId: L, updatedAt: iso(now - 40 * DAY) },
  ];
  const blogAuthors: Row[] = [
    { _id: id(), name: 'Dr. Dana Whitfield', locationId: L, updatedAt: iso(now - 60 * DAY) },
    { _id: id(), name: 'Priya Raman, RDH', locationId: L, updatedAt: iso(now - 30 * DAY) },
  ];
  const blogCategories: Row[] = [
    { _id: id(), label: 'Oral Health', urlSlug: 'oral-health', locationId: L, updatedAt: iso(now - 60 * DAY) },
    { _id: id(), label: 'Practice News', urlSlug: 'practice-news', locationId: L, updatedAt: iso(now - 20 * DAY) },
  ];
  const post = (title: string, urlSlug: string, status: string, daysAgo: number): Row => ({
    _id: id(),
    title,
    urlSlug,
    status,
    description: `${title}: a short read from the team.`,
    rawHTML: `<p>${title}.</p>`,
    author: blogAuthors[0]._id,
    categories: [blogCategories[0]._id],
    tags: ['dental'],
    blogId: blogSites[0]._id,
    locationId: L,
    publishedAt: iso(now - daysAgo * DAY),
    createdAt: iso(now - daysAgo * DAY),
    updatedAt: iso(now - daysAgo * DAY),
  });
  const blogPosts: Row[] = [
    post('Five habits for healthier gums', 'healthier-gums', 'PUBLISHED', 12),
    post('What to expect at your first cleaning', 'first-cleaning', 'PUBLISHED', 5),
    post('Whitening: myths and facts', 'whitening-myths', 'DRAFT', 1),
  ];
  return { blogSites, blogAuthors, blogCategories, blogPosts };
};
