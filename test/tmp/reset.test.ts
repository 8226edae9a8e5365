import { startSandbox } from '../../sandbox/server';
import { errorOf, runOperation } from '../helpers';

it('reset', async () => {
  for (const fault of ['reset', '500', '429'] as const) {
    const sandbox = await startSandbox({ faults: { rates: { [fault]: 1 } } });
    process.env.GHL_API_BASE_URL = sandbox.url;
    const auth = {
      ...sandbox.state.issueTokens(),
      locationId: sandbox.state.locationId,
      companyId: sandbox.state.companyId,
      userType: 'Location',
    };
    const c = sandbox.state.contacts[0];
    const e1 = await errorOf(runOperation('add_contact_tags', { contactId: c.id, tags: ['x'] }, { authData: auth as any }));
    const e2 = await errorOf(runOperation('get_contact', { contactId: c.id }, { authData: auth as any }));
    console.log(fault, JSON.stringify(e1), JSON.stringify(e2), JSON.stringify(sandbox.state.log));
    await sandbox.close();
  }
});
