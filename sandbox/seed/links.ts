/** Trigger links and custom values of the connected location. */
import type { Row } from '../lib/types';
import type { Accounts, SeedContext } from './context';

export const seedLinksAndValues = ({ id }: SeedContext, { L }: Accounts) => {
  const link = (name: string, redirectTo: string): Row => {
    const linkId = id();
    return { id: linkId, name, redirectTo, fieldKey: `{{trigger_link.${linkId}}}`, locationId: L };
  };
  const links: Row[] = [
    link('Spring whitening offer', 'https://austinsmiles.example.com/offers/whitening'),
    link('Book a cleaning', 'https://austinsmiles.example.com/book'),
  ];
  const value = (name: string, v: string): Row => ({
    id: id(),
    name,
    fieldKey: `{{ custom_values.${name.toLowerCase().replace(/[^a-z0-9]+/g, '_')} }}`,
    value: v,
    locationId: L,
  });
  const customValues: Row[] = [value('Office Hours', 'Mon–Fri 8am–6pm'), value('Office Phone', '+15125550100')];
  return { links, customValues };
};
