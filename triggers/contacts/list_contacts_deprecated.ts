import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { DEFAULT_PAGE_SIZE } from '../../src/paging';
import { contactListSample, withContactName } from '../../src/areas/contacts';

interface ContactsPage {
  contacts?: Array<{ id?: string; dateAdded?: string }>;
  meta?: { startAfterId?: string; startAfter?: number };
}

/**
 * The cursor of the next page. GHL's spec documents only { contacts, count }; real answers also
 * carry meta.startAfterId/startAfter, and without them the last contact (id + dateAdded in epoch
 * ms) is the cursor. The spec's limit is 100 at most, the shared page size.
 */
const nextCursor = (data: ContactsPage): string | undefined => {
  const list = data?.contacts ?? [];
  // A short page is the last one.
  if (list.length < DEFAULT_PAGE_SIZE) return undefined;
  if (data.meta?.startAfterId && data.meta.startAfter) {
    return JSON.stringify({ startAfterId: data.meta.startAfterId, startAfter: data.meta.startAfter });
  }
  const last = list[list.length - 1];
  const startAfter = Date.parse(String(last.dateAdded ?? ''));
  return last.id && !Number.isNaN(startAfter) ? JSON.stringify({ startAfterId: last.id, startAfter }) : undefined;
};

export default defineTrigger({
  key: 'list_contacts_deprecated',
  noun: 'Contact',
  label: 'List Contacts (Deprecated)',
  description: 'Deprecated: remains only for existing Zaps; use New Contact instead.',
  // GHL marks GET /contacts/ deprecated in favour of POST /contacts/search; kept hidden so
  // existing Zaps keep working. Its order is not documented: the only public evidence (a public
  // client's new-contact source, see field-notes) reads it newest first, so nothing here claims an
  // order, and each page is sorted newest first by dateAdded before it is returned.
  hidden: true,
  endpoint: 'GET /contacts/',
  scopes: ['contacts.readonly'],
  customFieldsModel: 'contact',
  input: {
    query: fields.string('Search Text', { helpText: 'Only contacts whose name, email or phone matches this text.' }),
  },
  query: ({ query }, ctx) => ({ locationId: ctx.locationId(), query }),
  paging: {
    style: 'cursor',
    next: nextCursor,
    cursorQuery: (cursor) => JSON.parse(cursor) as Record<string, unknown>,
  },
  result: (data) => ((data?.contacts ?? []) as Record<string, unknown>[]).map(withContactName),
  newestFirst: 'dateAdded',
  sample: contactListSample,
});
