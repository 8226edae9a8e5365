/** What the Opportunities operations share: pipeline and stage dropdowns, status, body and samples. */
import type { OperationContext } from '../define';
import { fields, type InputOf } from '../fields';
import { customFieldValues } from './contacts';
import { EVENT_ID_SAMPLE } from '../output';

/** Changing the pipeline reloads the stage dropdown (it lists that pipeline's stages). */
export const pipelineField = (opts: { required?: boolean; label?: string; helpText?: string } = {}) =>
  fields.id(opts.label ?? 'Pipeline', {
    dynamic: 'list_pipelines.id.name',
    altersDynamicFields: true,
    required: opts.required,
    helpText: opts.helpText ?? 'Choose a pipeline; the stage list below follows it.',
  });

export const stageField = (opts: { required?: boolean; label?: string; helpText?: string } = {}) =>
  fields.id(opts.label ?? 'Stage', {
    dynamic: 'pipeline_stages.id.name',
    required: opts.required,
    helpText: opts.helpText ?? 'A stage of the chosen pipeline. Choose the pipeline first.',
  });

export const OPPORTUNITY_STATUSES = { open: 'Open', won: 'Won', lost: 'Lost', abandoned: 'Abandoned' };

export const statusField = (opts: { required?: boolean; default?: string; helpText?: string } = {}) =>
  fields.choice('Status', OPPORTUNITY_STATUSES, opts);

export const opportunityField = (opts: { required?: boolean } = {}) =>
  fields.id('Opportunity', {
    dynamic: 'search_opportunities.id.name',
    search: 'find_opportunity.id',
    required: opts.required,
    helpText: 'Choose an opportunity, or map an opportunity ID from an earlier step.',
  });

/** A lost reason of the location (hidden trigger list_lost_reasons); only used with the status lost. */
export const LOST_REASON_DYNAMIC = 'list_lost_reasons.id.name';
export const LOST_REASON_HELP = 'Only for the status Lost: choose one of the lost reasons set up in the location, or map its ID.';

export const monetaryValueField = fields.number('Monetary Value', { helpText: 'The deal value, e.g. 1500 or 1500.50.' });

export const opportunityCustomFields = fields.dict('Custom Fields', {
  helpText: 'Custom field id or key (e.g. `opportunity.budget`) on the left, value on the right.',
});

/**
 * The fields create and update share (update makes them all optional). On create the required
 * fields come first (Zapier's rule), so the stage follows the status there.
 */
export const opportunityFields = (required: boolean) => {
  const pipeline = {
    pipelineId: pipelineField({ required }),
    pipelineStageId: stageField(),
  };
  const named = {
    name: fields.string('Opportunity Name', {
      required,
      helpText: required ? 'A name for the deal, e.g. "Knight Dental - whitening".' : 'The new name. Leave empty to keep it.',
    }),
    status: statusField(
      required
        ? { required: true, default: 'open', helpText: 'Open, won, lost or abandoned. Default: Open.' }
        : { helpText: 'The new status. Leave empty to keep it.' },
    ),
  };
  const rest = {
    monetaryValue: monetaryValueField,
    assignedTo: fields.user({ label: 'Assigned User' }),
    customFields: opportunityCustomFields,
  };
  return required
    ? { pipelineId: pipeline.pipelineId, ...named, pipelineStageId: pipeline.pipelineStageId, ...rest }
    : { ...pipeline, ...named, ...rest };
};

type OpportunityInput = Partial<InputOf<ReturnType<typeof opportunityFields>>> & Record<string, unknown>;

/** A JSON body of the given fields; unset fields are left out so nothing is blanked. */
export const opportunityBody = (input: OpportunityInput, keys: string[], ctx?: OperationContext<unknown>) => {
  const body: Record<string, unknown> = ctx ? { locationId: ctx.locationId() } : {};
  for (const key of keys) {
    const value = input[key];
    if (value === undefined) continue;
    body[key] = key === 'customFields' ? customFieldValues(value as Record<string, unknown>) : value;
  }
  return body;
};

export const opportunitySample = {
  id: 'yWQobCRIhRguQtD2llvk',
  name: 'Knight Dental - whitening package',
  monetaryValue: 1500,
  pipelineId: 'VDm7RPYC2GLUvdpKmBfC',
  pipelineStageId: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69',
  assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
  status: 'open',
  source: 'Webinar',
  lastStatusChangeAt: '2026-03-01T14:30:00.000Z',
  lastStageChangeAt: '2026-03-02T09:10:00.000Z',
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-02T09:10:00.000Z',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  locationId: 've9EPM428h8vShlRW1KT',
  contact: {
    id: 'ocQHyuzHvysMo5N5VsXc',
    name: 'Rosie Knight',
    companyName: 'Knight Dental',
    email: 'rosie@example.com',
    phone: '+14155550123',
  },
  followers: ['y0BeYjuRIlDwsDcOHOJo'],
  // Custom field values are declared per location as `customFieldsByName__<name>` outputs (custom-fields.ts);
  // GHL's raw `customFields` list comes along in real outputs.
};

export const lostReasonSample = {
  id: 'CwjQUf8KDaRb1nO6pbGT',
  name: 'Chose a competitor',
  locationId: 've9EPM428h8vShlRW1KT',
  createdAt: '2026-01-15T10:00:00.000Z',
  updatedAt: '2026-01-15T10:00:00.000Z',
};

export const pipelineSample = {
  id: 'VDm7RPYC2GLUvdpKmBfC',
  name: 'Sales',
  stages: [{ id: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69', name: 'New lead', position: 0 }],
  showInFunnel: true,
  showInPieChart: true,
  locationId: 've9EPM428h8vShlRW1KT',
};

/**
 * An opportunity as the change triggers give it: its id also as `opportunityId`. Webhooks name the
 * creation date `dateAdded` where the search answer has `createdAt`: both are given.
 */
export const opportunityOutput = (o: Record<string, unknown>) => ({
  ...o,
  opportunityId: o.id,
  ...(o.createdAt === undefined && o.dateAdded !== undefined ? { createdAt: o.dateAdded } : {}),
});

/** The filters every instant opportunity trigger offers (sent to the relay as `filters`). */
export const opportunityFilterFields = {
  pipelineId: pipelineField({ helpText: 'Only opportunities in this pipeline. Leave empty for all pipelines.' }),
  pipelineStageId: stageField({ helpText: 'Only opportunities in this stage (choose the pipeline first). Leave empty for any stage.' }),
  status: statusField({ helpText: 'Only opportunities with this status. Leave empty for any status.' }),
};

/** The relay filters of an instant opportunity trigger. */
export const opportunityFilters = (input: { pipelineId?: string; pipelineStageId?: string; status?: string; assignedTo?: string }) => ({
  pipelineId: input.pipelineId,
  pipelineStageId: input.pipelineStageId,
  status: input.status,
  assignedTo: input.assignedTo,
});

export const opportunityEventSample = { ...opportunitySample, id: EVENT_ID_SAMPLE, opportunityId: opportunitySample.id };
// ---- The opportunity triggers ----------------------------------------------------------------

/**
 * The GET /opportunities/search query (snake_case names): the 100 most recently created
 * opportunities matching the filters. `order=added_desc` is not listed in the spec (its only
 * example is `added_asc`); unverified live. Find Opportunity and the fallback poll below use it.
 */
export const opportunityPollQuery = (
  { pipelineId, pipelineStageId, status }: { pipelineId?: string; pipelineStageId?: string; status?: string },
  ctx: OperationContext<unknown>,
) => ({
  location_id: ctx.locationId(),
  pipeline_id: pipelineId,
  pipeline_stage_id: pipelineStageId,
  status,
  order: 'added_desc',
  limit: 100,
});

/** Sort fields of POST /opportunities/search, each the change a trigger reports. */
export type OpportunityChangeSort = 'date_added' | 'last_status_change_date' | 'last_stage_change_date';

/** The filters of the opportunity triggers in the search body's `{field, operator, value}` form. */
export const opportunitySearchFilters = ({ pipelineId, pipelineStageId, status }: OpportunityFilterInput) =>
  [
    ['pipeline_id', pipelineId],
    ['pipeline_stage_id', pipelineStageId],
    ['status', status],
  ]
    .filter(([, value]) => value)
    .map(([field, value]) => ({ field, operator: 'eq', value }));

type OpportunityFilterInput = { pipelineId?: string; pipelineStageId?: string; status?: string };

/** Statuses GHL may answer when it refuses the sorted search itself (not a fault of the connection). */
const SORTED_SEARCH_REFUSALS = [401, 403, 422];

/** The HTTP status an error carries: Zapier's AppError keeps it in its JSON message. */
const errorStatus = (err: unknown): number | undefined => {
  const e = err as { status?: number; message?: string; name?: string };
  if (e?.name === 'RefreshAuthError') return 401;
  if (typeof e?.status === 'number') return e.status;
  try {
    const parsed = JSON.parse(String(e?.message));
    return typeof parsed?.status === 'number' ? parsed.status : undefined;
  } catch {
    return undefined;
  }
};

/**
 * One request per poll: the 100 opportunities whose `sortField` change is newest, so a deal
 * created long ago that moves today is seen. POST /opportunities/search is in GHL's spec, but its
 * body schema there lists only locationId, query, limit, page, searchAfter and additionalDetails:
 * `filters` and `sort` (with these sort fields) are documented only by GHL's opportunity-search
 * guide, and unverified live (one 401 "not yet supported by the IAM Service" was reported). So
 * when GHL refuses it (401/403/422), this poll falls back to the 100 most recently created
 * opportunities (GET /opportunities/search), says why in the log, and keeps the trigger working.
 * A real auth failure then fails the fallback too, and Zapier's refresh or error handling applies.
 */
export const pollOpportunities = async (ctx: OperationContext<OpportunityFilterInput>, sortField: OpportunityChangeSort) => {
  const filters = opportunitySearchFilters(ctx.input);
  const body = {
    locationId: ctx.locationId(),
    page: 1,
    limit: 100,
    ...(filters.length ? { filters } : {}),
    sort: [{ field: sortField, direction: 'desc' }],
  };
  let refusal: string;
  try {
    // A search is a read although it is a POST: a server error is retried later.
    const res = await ctx.request({
      method: 'POST',
      path: '/opportunities/search',
      body,
      ghl: { write: false, passThrough: SORTED_SEARCH_REFUSALS },
    });
    if (!SORTED_SEARCH_REFUSALS.includes(res.status)) return res.data;
    refusal = `GHL answered ${res.status}`;
  } catch (err) {
    const status = errorStatus(err);
    if (!status || !SORTED_SEARCH_REFUSALS.includes(status)) throw err;
    refusal = `GHL answered ${status}`;
  }
  ctx.z.console.log(
    `The opportunity search sorted by ${sortField} was refused (${refusal}); this poll reads the 100 most recently created opportunities instead.`,
  );
  const res = await ctx.request({ method: 'GET', path: '/opportunities/search', query: opportunityPollQuery(ctx.input, ctx) });
  return res.data;
};
