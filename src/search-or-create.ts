/**
 * "Find or create" pairs, keyed on their search. The creates are GHL upserts, so two Zaps racing
 * for the same record still make one: GHL matches the record again when it is written. Zapier
 * marks which branch ran (found or created); the upsert output also carries GHL's `new` flag.
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
      description: 'Finds an opportunity by contact, pipeline and name, and creates (upserts) it when there is none.',
    },
    search: 'find_opportunity',
    create: 'upsert_opportunity',
  },
};
