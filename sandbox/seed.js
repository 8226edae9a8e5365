/**
 * The sandbox's starting data: one agency (company) with one location, its users, contacts,
 * pipelines, opportunities, calendars, appointments, workflows, campaigns and conversations.
 * Deterministic ids (20 letters and digits, like GHL's) so runs can be compared; dates are
 * relative to the moment the sandbox starts, newest contacts first.
 */
'use strict';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A small seeded generator (mulberry32) so the same seed gives the same ids. */
const makeRandom = (seed) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const makeIds = (seed = 20240611) => {
  const random = makeRandom(seed);
  return () => {
    let id = '';
    for (let i = 0; i < 20; i++) id += ALPHABET[Math.floor(random() * ALPHABET.length)];
    return id;
  };
};

const PEOPLE = [
  ['Olivia', 'Bennett', 'Bennett Dental Studio'],
  ['Liam', 'Carter', 'Carter Roofing'],
  ['Emma', 'Nguyen', 'Nguyen Physio'],
  ['Noah', 'Patel', 'Patel & Sons Plumbing'],
  ['Ava', 'Rossi', 'Rossi Bakery'],
  ['Elijah', 'Kim', 'Kim Law Group'],
  ['Sophia', 'Garcia', 'Garcia Landscaping'],
  ['James', "O'Connor", "O'Connor Fitness"],
  ['Isabella', 'Schmidt', 'Schmidt Auto Repair'],
  ['Lucas', 'Dubois', 'Dubois Interiors'],
  ['Mia', 'Haddad', 'Haddad Realty'],
  ['Mason', 'Okafor', 'Okafor Consulting'],
  ['Amelia', 'Johansson', 'Nordic Yoga'],
  ['Ethan', 'Silva', 'Silva Coffee Roasters'],
  ['Harper', 'Walsh', 'Walsh Veterinary'],
  ['Logan', 'Tanaka', 'Tanaka Sushi Bar'],
  ['Evelyn', 'Moreau', 'Moreau Wedding Photo'],
  ['Jackson', 'Brown', 'Brown HVAC'],
  ['Abigail', 'Kowalski', 'Kowalski Cleaning'],
  ['Aiden', 'Lopez', 'Lopez Tax Services'],
  ['Ella', 'Fischer', 'Fischer Chiropractic'],
  ['Sebastian', 'Ivanov', 'Ivanov Tutoring'],
  ['Scarlett', 'Murphy', 'Murphy Florist'],
  ['Henry', 'Costa', 'Costa Med Spa'],
  ['Grace', 'Adeyemi', 'Adeyemi Pediatrics'],
];

const TAG_SETS = [['lead'], ['lead', 'webinar'], ['customer'], ['customer', 'vip'], ['newsletter'], []];
const SOURCES = ['Website Form', 'Facebook Ad', 'Referral', 'Zapier', 'Webinar'];

/** Builds a fresh state. `now` fixes the clock the relative dates use. */
const seed = ({ now = Date.now() } = {}) => {
  const id = makeIds();
  const day = 86_400_000;
  const iso = (ms) => new Date(ms).toISOString();

  const company = { id: id(), name: 'Sunrise Marketing Agency', email: 'ops@sunrise-agency.example', phone: '+15125550100' };
  const location = {
    id: id(),
    companyId: company.id,
    name: 'Austin Smiles Dental',
    address: '1200 Congress Ave',
    city: 'Austin',
    state: 'TX',
    country: 'US',
    postalCode: '78701',
    website: 'https://austinsmiles.example',
    timezone: 'America/Chicago',
    email: 'frontdesk@austinsmiles.example',
    phone: '+15125550123',
    business: { name: 'Austin Smiles Dental', email: 'frontdesk@austinsmiles.example' },
    settings: { allowDuplicateContact: false, allowDuplicateOpportunity: false, allowFacebookNameMerge: false },
    dateAdded: iso(now - 400 * day),
  };
  const L = location.id;

  const users = [
    ['Dana', 'Whitfield', 'dana@austinsmiles.example', 'admin'],
    ['Marco', 'Alvarez', 'marco@austinsmiles.example', 'user'],
    ['Priya', 'Raman', 'priya@austinsmiles.example', 'user'],
  ].map(([firstName, lastName, email, role], i) => ({
    id: id(),
    name: `${firstName} ${lastName}`,
    firstName,
    lastName,
    email,
    phone: `+1512555020${i}`,
    extension: '',
    deleted: false,
    roles: { type: 'account', role, locationIds: [L] },
    permissions: { contactsEnabled: true, opportunitiesEnabled: true, appointmentsEnabled: true },
  }));

  const contacts = PEOPLE.map(([firstName, lastName, companyName], i) => {
    const added = now - (i + 1) * 0.9 * day; // index 0 is the newest
    const email = `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, '') + '@example.com';
    return {
      id: id(),
      locationId: L,
      contactName: `${firstName} ${lastName}`.toLowerCase(),
      firstName,
      lastName,
      firstNameRaw: firstName,
      lastNameRaw: lastName,
      companyName,
      email,
      phone: `+1512555${String(1000 + i * 37).padStart(4, '0')}`,
      dnd: false,
      dndSettings: {},
      type: i % 5 === 0 ? 'customer' : 'lead',
      source: SOURCES[i % SOURCES.length],
      assignedTo: users[i % users.length].id,
      address1: `${100 + i * 11} Main St`,
      city: 'Austin',
      state: 'TX',
      postalCode: '78701',
      country: 'US',
      website: null,
      timezone: 'America/Chicago',
      tags: [...TAG_SETS[i % TAG_SETS.length]],
      customFields: [],
      additionalEmails: [],
      attributions: [],
      followers: [],
      businessId: null,
      dateOfBirth: null,
      dateAdded: iso(added),
      dateUpdated: iso(added + 3_600_000),
    };
  });

  const stage = (name, position) => ({ id: id(), name, position, showInFunnel: true, showInPieChart: true });
  const pipelines = [
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

  const opportunities = contacts.slice(0, 14).map((c, i) => {
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

  const calendars = [
    {
      id: id(),
      locationId: L,
      name: 'New Patient Consult',
      description: 'A 30-minute first visit with a dentist.',
      slug: 'new-patient-consult',
      calendarType: 'round_robin',
      isActive: true,
      slotDuration: 30,
      slotDurationUnit: 'mins',
      slotInterval: 30,
      slotIntervalUnit: 'mins',
      teamMembers: users.slice(0, 2).map((u) => ({ userId: u.id, priority: 0.5, isPrimary: false })),
      openHours: [1, 2, 3, 4, 5].map((d) => ({
        daysOfTheWeek: [d],
        hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }],
      })),
      timezone: 'America/Chicago',
      groupId: null,
    },
    {
      id: id(),
      locationId: L,
      name: 'Hygiene Cleaning',
      description: 'Routine cleaning, 60 minutes.',
      slug: 'hygiene-cleaning',
      calendarType: 'personal',
      isActive: true,
      slotDuration: 60,
      slotDurationUnit: 'mins',
      slotInterval: 60,
      slotIntervalUnit: 'mins',
      teamMembers: [{ userId: users[2].id, priority: 1, isPrimary: true }],
      openHours: [1, 2, 3, 4, 5].map((d) => ({
        daysOfTheWeek: [d],
        hours: [{ openHour: 8, openMinute: 0, closeHour: 16, closeMinute: 0 }],
      })),
      timezone: 'America/Chicago',
      groupId: null,
    },
  ];

  const events = [];

  const workflows = [
    ['New Lead Nurture', 'published'],
    ['Appointment Reminder', 'published'],
    ['Review Request', 'draft'],
  ].map(([name, status], i) => ({
    id: id(),
    name,
    status,
    version: i + 1,
    locationId: L,
    createdAt: iso(now - (90 - i) * day),
    updatedAt: iso(now - (30 - i) * day),
  }));

  const campaigns = [
    ['Spring Whitening Promo', 'published'],
    ['Lapsed Patient Win-back', 'draft'],
  ].map(([name, status]) => ({ id: id(), name, status, locationId: L }));

  const conversations = [];
  const messages = [];
  contacts.slice(0, 6).forEach((c, i) => {
    const conv = {
      id: id(),
      locationId: L,
      contactId: c.id,
      fullName: `${c.firstName} ${c.lastName}`,
      contactName: `${c.firstName} ${c.lastName}`,
      email: c.email,
      phone: c.phone,
      type: 'TYPE_PHONE',
      unreadCount: i % 2,
      inbox: true,
      starred: false,
      deleted: false,
      assignedTo: c.assignedTo,
      tags: c.tags,
      dateAdded: Date.parse(c.dateAdded),
      dateUpdated: 0,
      lastMessageBody: '',
      lastMessageType: 'TYPE_SMS',
      lastMessageDirection: 'inbound',
      lastMessageDate: 0,
    };
    const texts = [
      'Hi, do you have any openings next week?',
      'Yes! We can do Tuesday at 10am or Thursday at 2pm.',
      'Tuesday works, thanks.',
    ];
    texts.forEach((body, j) => {
      const at = Date.parse(c.dateAdded) + (j + 1) * 900_000;
      messages.push({
        id: id(),
        type: 2,
        messageType: 'TYPE_SMS',
        locationId: L,
        contactId: c.id,
        conversationId: conv.id,
        dateAdded: iso(at),
        body,
        direction: j === 1 ? 'outbound' : 'inbound',
        status: j === 1 ? 'delivered' : 'read',
        contentType: 'text/plain',
        source: j === 1 ? 'app' : undefined,
      });
      conv.lastMessageBody = body;
      conv.lastMessageDirection = j === 1 ? 'outbound' : 'inbound';
      conv.lastMessageDate = at;
      conv.dateUpdated = at;
    });
    conversations.push(conv);
  });

  const notes = [
    { id: id(), contactId: contacts[0].id, body: 'Prefers morning appointments.', userId: users[0].id, dateAdded: iso(now - day) },
  ];
  const tasks = [
    {
      id: id(),
      contactId: contacts[0].id,
      title: 'Call back about insurance',
      body: 'Check Delta Dental coverage.',
      assignedTo: users[1].id,
      dueDate: iso(now + 2 * day),
      completed: false,
    },
  ];

  return {
    company,
    locations: [location],
    users,
    contacts,
    notes,
    tasks,
    pipelines,
    opportunities,
    calendars,
    events,
    workflows,
    campaigns,
    conversations,
    messages,
    nextId: id,
  };
};

module.exports = { seed, makeIds };
