/** Forms and surveys of the practice with their submissions (one with a file answer). */
import type { Row } from '../lib/types';
import type { Accounts, SeedContext } from './context';
import { DAY } from './context';

const PLAN = 'cfPlan00000000003';
const XRAY = 'cfXray00000000015';

export const seedForms = ({ id, now, iso }: SeedContext, { L }: Accounts, contacts: Row[]) => {
  const forms: Row[] = [
    { id: id(), name: 'New patient form', locationId: L },
    { id: id(), name: 'Contact us', locationId: L },
  ];
  const surveys: Row[] = [{ id: id(), name: 'Patient satisfaction', locationId: L }];
  const page = (path: string, title: string) => ({
    page: { url: `https://austinsmiles.example.com/${path}`, title },
    source: 'Direct traffic',
    medium: 'form',
    timestamp: now,
  });
  const base = (c: Row, daysAgo: number) => ({
    id: `${id().slice(0, 8)}-${id().slice(0, 4)}-4${id().slice(0, 3)}-8${id().slice(0, 3)}-${id().slice(0, 12)}`.toLowerCase(),
    contactId: c.id,
    createdAt: iso(now - daysAgo * DAY),
    name: `${c.firstName} ${c.lastName}`,
    email: c.email,
    locationId: L,
  });
  const formSubmissions: Row[] = [
    {
      ...base(contacts[0], 2),
      formId: forms[0].id,
      others: {
        full_name: `${contacts[0].firstName} ${contacts[0].lastName}`,
        email: contacts[0].email,
        phone: contacts[0].phone,
        [PLAN]: 'Pro',
        [XRAY]: {
          'b7e1f0c2-5d1a-4a8e-9f3b-2c6d8e0a1b47': {
            meta: { fieldname: XRAY, originalname: 'x-ray.pdf', mimetype: 'application/pdf', size: 48213 },
            url: `https://storage.googleapis.com/sandbox-forms/${L}/x-ray.pdf`,
          },
        },
        eventData: page('new-patients', 'New patients'),
        fieldsOriSequance: ['full_name', 'email', 'phone', PLAN, XRAY],
      },
    },
    {
      ...base(contacts[1], 6),
      formId: forms[1].id,
      others: {
        full_name: `${contacts[1].firstName} ${contacts[1].lastName}`,
        email: contacts[1].email,
        message: 'Do you take weekend appointments?',
        eventData: page('contact', 'Contact us'),
        fieldsOriSequance: ['full_name', 'email', 'message'],
      },
    },
    {
      ...base(contacts[2], 12),
      formId: forms[0].id,
      others: { full_name: `${contacts[2].firstName} ${contacts[2].lastName}`, email: contacts[2].email, [PLAN]: 'Basic' },
    },
  ];
  const surveySubmissions: Row[] = [
    {
      ...base(contacts[3], 1),
      surveyId: surveys[0].id,
      others: { rating: 9, comments: 'Friendly staff', eventData: page('survey', 'How did we do?') },
    },
    { ...base(contacts[4], 9), surveyId: surveys[0].id, others: { rating: 7, comments: 'Short wait' } },
  ];
  return { forms, surveys, formSubmissions, surveySubmissions };
};
