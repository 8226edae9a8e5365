/** The one Zap walk (scripts/lib/walk.ts) that `npm start` prints and the soak repeats. */
import { localFailure, zapWalk } from '../scripts/lib/walk';

const options = { id: 't', email: 'walk@example.com', firstName: 'Walk', lastName: 'Er' };

describe('the Zap walk', () => {
  it('walks New Contact → Find or Create Contact → Opportunity → Tags → Appointment → SMS; a live run leaves out the SMS', () => {
    const steps = ['new_contact', 'find_or_create_contact', 'create_opportunity', 'add_contact_tags', 'create_appointment', 'send_message'];
    expect(zapWalk(options).map((s) => s.step)).toEqual(steps);
    expect(zapWalk({ ...options, sms: false }).map((s) => s.step)).toEqual(steps.slice(0, -1));
  });

  it('npm start tells a failure in local terms: what happened and what to do, never "Zapier will try again"', () => {
    const throttled = localFailure('create_contact', {
      name: 'ThrottledError',
      message: 'GHL rate limit reached (100 requests per 10 seconds per location); Zapier will try again in 10 s.',
    });
    expect(throttled).toBe(
      'FAILED at create_contact: GHL rate limit reached (100 requests per 10 seconds per location). Nothing was saved by this step. Wait a minute and run it again.',
    );
    const dropped = localFailure('send_message', {
      name: 'AppError',
      message: 'The connection to GHL dropped. The change may or may not have been saved: check GHL before running this step again.',
    });
    expect(dropped).toMatch(/Look in GHL whether the change was saved before running it again\.$/);
    expect(localFailure('x', { name: 'AppError', message: '"Email" (email) must be an email address' })).toBe(
      'FAILED at x: "Email" (email) must be an email address. Fix what the message names, then run it again.',
    );
  });
});
