/**
 * "Find or create" pairs, keyed on their search. Zapier marks which branch ran (found or
 * created); the create's output also carries `new`. The contact create is GHL's upsert, which
 * matches the contact again when it is written. The opportunity create has no documented match
 * when nothing was found: it creates one for the contact (see upsert_opportunity).
 */
export const searchOrCreates: Record<string, Record<string, unknown>> = {
  find_contact: {
    key: 'find_contact',
    display: {
      label: 'Find or Create Contact',
      description: 'Finds a contact by email or phone, and creates (upserts) it when there is none.',
    },
    search: 'find_contact',
    create: 'upsert_contact',
  },
  find_opportunity: {
    key: 'find_opportunity',
    display: {
      label: 'Find or Create Opportunity',
      description: 'Finds an opportunity by contact, pipeline and name, and creates one for the contact when none is found.',
    },
    search: 'find_opportunity',
    create: 'upsert_opportunity',
  },
};
