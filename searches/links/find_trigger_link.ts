import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';
import { linkSample } from '../../src/areas/links';

type Link = Record<string, unknown>;

const same = (a: unknown, b: string) =>
  String(a ?? '')
    .trim()
    .toLowerCase() === b.trim().toLowerCase();
const sameUrl = (a: unknown, b: string) =>
  String(a ?? '')
    .trim()
    .replace(/\/+$/, '') === b.trim().replace(/\/+$/, '');

export default defineSearch({
  key: 'find_trigger_link',
  noun: 'Trigger Link',
  label: 'Find Trigger Link',
  description: 'Finds a trigger link by its name or destination URL.',
  // GHL's link search takes free text, and its spec does not say which fields the text matches:
  // a name goes to GET /links/search and only exact names (any capitalisation) are kept; a URL
  // alone is looked up in the location's full list (GET /links/, one answer, no paging).
  endpoint: 'GET /links/search',
  scopes: ['links.readonly'],
  input: {
    name: fields.string('Name', { helpText: 'The exact name of the link, e.g. Spring whitening offer (any capitalisation).' }),
    redirectTo: fields.url('Destination URL', { helpText: 'The URL the link leads to. With a name too, both must match.' }),
  },
  perform: async (ctx) => {
    const { name, redirectTo } = ctx.input;
    if (!name && !redirectTo) {
      throw new ctx.z.errors.Error('Find Trigger Link: give "Name" (name) or "Destination URL" (redirectTo).', 'InvalidInput', 400);
    }
    const res = name
      ? await ctx.request<{ links?: Link[] }>({
          method: 'GET',
          path: '/links/search',
          query: { locationId: ctx.locationId(), query: name, skip: 0, limit: 100 },
        })
      : await ctx.request<{ links?: Link[] }>({ method: 'GET', path: '/links/', query: { locationId: ctx.locationId() } });
    const links = Array.isArray(res.data?.links) ? res.data.links : [];
    return links.filter((l) => (!name || same(l.name, name)) && (!redirectTo || sameUrl(l.redirectTo, redirectTo)));
  },
  result: (data) => data,
  sample: linkSample,
});
