import type { OperationCase } from '../helpers';
import { LOCATION_ID } from '../helpers';

const contact = { id: 'c1', firstName: 'Rosie', email: 'rosie@example.com', tags: ['vip'] };

export const contactCases: OperationCase[] = [
  {
    key: 'create_contact',
    input: {
      firstName: ' Rosie ',
      email: 'rosie@example.com',
      phone: '+1 (415) 555-0123',
      tags: 'vip, webinar',
      customFields: { MgobCB14YMVKuE4Ka8p1: 'Blue', 'contact.pet_name': 'Rex' },
    },
    request: {
      method: 'POST',
      path: '/contacts/',
      body: {
        locationId: LOCATION_ID,
        firstName: 'Rosie',
        email: 'rosie@example.com',
        phone: '+14155550123',
        tags: ['vip', 'webinar'],
        customFields: [
          { id: 'MgobCB14YMVKuE4Ka8p1', field_value: 'Blue' },
          { key: 'contact.pet_name', field_value: 'Rex' },
        ],
      },
    },
    status: 201,
    reply: { contact },
    expected: contact,
    bad: { input: { email: 'not-an-email' }, error: /"Email" \(email\) must be an email address/ },
  },
  {
    key: 'get_contact',
    input: { contactId: 'c1' },
    request: { method: 'GET', path: '/contacts/c1' },
    reply: { contact },
    expected: [contact],
    bad: { input: {}, error: /"Contact ID" \(contactId\) is required/ },
  },
  {
    key: 'add_contact_tags',
    input: { contactId: 'c1', tags: ['vip', 'webinar'] },
    request: { method: 'POST', path: '/contacts/c1/tags', body: { tags: ['vip', 'webinar'] } },
    status: 201,
    reply: { tags: ['vip', 'webinar'] },
    expected: { contactId: 'c1', tags: ['vip', 'webinar'] },
    bad: { input: { contactId: 'c1' }, error: /"Tags" \(tags\) is required/ },
  },
];
