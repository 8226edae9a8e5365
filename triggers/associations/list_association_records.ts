import { defineTrigger } from '../../src/define';
import { DEFAULT_PAGE_SIZE } from '../../src/paging';
import { associationField, recordName } from '../../src/areas/associations';

// Fills the record dropdowns of the associations steps: the records of the two objects the chosen
// association links, contacts (POST /contacts/search) and custom object records (POST
// /objects/{schemaKey}/records/search), each labelled with its object's label.
export default defineTrigger({
  key: 'list_association_records',
  noun: 'Record',
  label: 'List Records of Association',
  description: "Lists the records of an association's objects for the record dropdowns.",
  endpoint: 'GET /associations/{associationId}',
  scopes: ['associations.readonly', 'contacts.readonly', 'objects/record.readonly'],
  hidden: true,
  input: { associationId: associationField({ required: true }) },
  perform: async (ctx) => {
    const res = await ctx.request({ method: 'GET', path: ctx.path('/associations/{associationId}') });
    const a = (res.data?.association ?? res.data ?? {}) as Record<string, unknown>;
    const sides = [
      [a.firstObjectKey, a.firstObjectLabel],
      [a.secondObjectKey, a.secondObjectLabel],
    ].filter(([key], i, all) => typeof key === 'string' && key && all.findIndex(([k]) => k === key) === i) as [string, unknown][];
    const items: Record<string, unknown>[] = [];
    let failure: unknown;
    for (const [objectKey, objectLabel] of sides) {
      try {
        // POSTs that only read: a 5xx is retried like any read.
        const records =
          objectKey === 'contact'
            ? (
                await ctx.request({
                  method: 'POST',
                  path: '/contacts/search',
                  body: { locationId: ctx.locationId(), pageLimit: DEFAULT_PAGE_SIZE, page: 1 },
                  ghl: { write: false },
                })
              ).data?.contacts
            : (
                await ctx.request({
                  method: 'POST',
                  path: ctx.path('/objects/{objectKey}/records/search', { objectKey }),
                  body: { locationId: ctx.locationId(), page: 1, pageLimit: DEFAULT_PAGE_SIZE, query: '', searchAfter: [] },
                  ghl: { write: false },
                })
              ).data?.records;
        for (const r of Array.isArray(records) ? records : [])
          if (r && r.id) items.push({ id: r.id, objectKey, label: `${String(objectLabel ?? objectKey)}: ${recordName(r)}` });
      } catch (err) {
        // One object GHL refuses (e.g. a connection without the custom objects scope) leaves the other's records.
        if ((err as Error).name === 'ThrottledError') throw err;
        failure ??= err;
      }
    }
    if (!items.length && failure) throw failure;
    return items;
  },
  result: (data) => data,
  sample: { id: 'ocQHyuzHvysMo5N5VsXc', objectKey: 'contact', label: 'Member: Rosie Knight' },
});
