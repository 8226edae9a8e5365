/** The media library: a folder, and files at the top level and in the folder. */
import type { Row } from '../lib/types';
import type { Accounts, SeedContext } from './context';
import { DAY } from './context';

export const seedMedias = ({ id, now, iso }: SeedContext, { L }: Accounts) => {
  const owner = { altId: L, altType: 'location' };
  const folder: Row = { _id: id(), name: 'Before and after', type: 'folder', parentId: null, ...owner, createdAt: iso(now - 90 * DAY) };
  const file = (name: string, daysAgo: number, parentId: string | null, contentType: string): Row => {
    const _id = id();
    return {
      _id,
      name,
      type: 'file',
      contentType,
      parentId,
      path: `media/${name}`,
      url: `https://storage.googleapis.com/sandbox-media/${L}/${_id}/${name}`,
      ...owner,
      createdAt: iso(now - daysAgo * DAY),
      updatedAt: iso(now - daysAgo * DAY),
    };
  };
  const mediaFiles: Row[] = [
    folder,
    file('logo.png', 60, null, 'image/png'),
    file('office-tour.mp4', 8, null, 'video/mp4'),
    file('whitening-before.jpg', 3, folder._id, 'image/jpeg'),
  ];
  return { mediaFiles };
};
