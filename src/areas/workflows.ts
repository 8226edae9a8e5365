/** What the Workflows & Campaigns operations share: samples and the event start time field. */
import { fields } from '../fields';

export const workflowSample = {
  id: '78559bb3-b920-461e-b010-7b2a2816d2a9',
  name: 'New lead nurture',
  status: 'published',
  version: 3,
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-02T09:10:00.000Z',
  locationId: 've9EPM428h8vShlRW1KT',
};

export const campaignSample = {
  id: 'mIVALPYuTD7YjUHnFEx4',
  name: 'Spring reactivation',
  status: 'published',
  locationId: 've9EPM428h8vShlRW1KT',
};

export const snapshotSample = { id: '1eM2UgkfaECOYyUdCo9Pa', name: 'Dental clinic starter', type: 'own' };

export const eventStartTimeField = fields.datetime('Event Start Time', {
  as: 'iso',
  helpText: 'For workflows that wait relative to an event (e.g. an appointment): when that event starts. Leave blank otherwise.',
});

export const followersField = fields.users({ label: 'Followers', required: true, helpText: 'Users to follow this record.' });
