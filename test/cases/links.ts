import type { OperationCase } from '../helpers';
import { LOCATION_ID } from '../helpers';

const link = {
  id: 'li1',
  name: 'Spring whitening offer',
  redirectTo: 'https://knightdental.example.com/offers/whitening',
  fieldKey: '{{trigger_link.li1}}',
  locationId: LOCATION_ID,
};
const other = { ...link, id: 'li2', name: 'Spring whitening offer (old)', redirectTo: 'https://knightdental.example.com/old' };

export const linkCases: OperationCase[] = [
  {
    key: 'create_trigger_link',
    input: { name: 'Spring whitening offer', redirectTo: 'https://knightdental.example.com/offers/whitening' },
    request: {
      method: 'POST',
      path: '/links/',
      body: { locationId: LOCATION_ID, name: 'Spring whitening offer', redirectTo: 'https://knightdental.example.com/offers/whitening' },
    },
    reply: { link },
    expected: link,
    bad: { input: { name: 'Offer', redirectTo: 'knightdental' }, error: /"Destination URL" \(redirectTo\) must be a full URL/ },
  },
  {
    key: 'find_trigger_link',
    title: 'by name',
    input: { name: 'spring WHITENING offer' },
    request: {
      method: 'GET',
      path: '/links/search',
      version: '2021-04-15',
      query: { locationId: LOCATION_ID, query: 'spring WHITENING offer', skip: '0', limit: '100' },
    },
    reply: { links: [other, link] },
    expected: [link],
    bad: { input: {}, error: /give "Name" \(name\) or "Destination URL" \(redirectTo\)/ },
  },
  {
    key: 'find_trigger_link',
    title: 'by destination URL',
    input: { redirectTo: 'https://knightdental.example.com/offers/whitening/' },
    request: { method: 'GET', path: '/links/', query: { locationId: LOCATION_ID } },
    reply: { links: [other, link] },
    expected: [link],
    bad: { input: { redirectTo: 'not a url' }, error: /"Destination URL" \(redirectTo\) must be a full URL/ },
  },
];
