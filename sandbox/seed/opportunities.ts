/** Two pipelines with their stages, and opportunities for the newest contacts. */
import type { Row } from '../lib/types';
import type { Accounts, SeedContext } from './context';

export const seedOpportunities = ({ iso, id }: SeedContext, { L }: Accounts, contacts: Row[]) => {
  const stage = (name: string, position: number) => ({ id: id(), name, position, showInFunnel: true, showInPieChart: true });
  const pipelines: Row[] = [
    {
      id: id(),
      name: 'New Patients',
      locationId: L,
      showInFunnel: true,
      showInPieChart: true,
      colorRenderMode: 'default',
      stages: [stage('New Lead', 0), stage('Contacted', 1), stage('Consult Booked', 2), stage('Treatment Plan Sent', 3), stage('Won', 4)],
    },
    {
      id: id(),
      name: 'Invisalign Upsell',
      locationId: L,
      showInFunnel: true,
      showInPieChart: false,
      colorRenderMode: 'default',
      stages: [stage('Interested', 0), stage('Scan Scheduled', 1), stage('Signed', 2)],
    },
  ];
  const opportunities: Row[] = contacts.slice(0, 14).map((c, i) => {
    const pipeline = pipelines[i % 3 === 2 ? 1 : 0];
    const st = pipeline.stages[i % pipeline.stages.length];
    const created = Date.parse(c.dateAdded) + 600_000;
    return {
      id: id(),
      name: `${c.firstName} ${c.lastName} - ${pipeline.name}`,
      monetaryValue: 500 + ((i * 350) % 4000),
      pipelineId: pipeline.id,
      pipelineStageId: st.id,
      assignedTo: c.assignedTo,
      status: i % 7 === 6 ? 'won' : i % 11 === 10 ? 'lost' : 'open',
      source: c.source,
      lastStatusChangeAt: iso(created),
      lastStageChangeAt: iso(created),
      lastActionDate: iso(created),
      indexVersion: 1,
      createdAt: iso(created),
      updatedAt: iso(created),
      contactId: c.id,
      locationId: L,
      lostReasonId: null,
      customFields: [],
      followers: [],
      externalObjectId: null,
    };
  });
  return { pipelines, opportunities };
};
