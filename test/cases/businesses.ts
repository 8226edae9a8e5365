import type { OperationCase } from '../helpers';
import { LOCATION_ID } from '../helpers';

const biz = { id: 'b1', name: 'Knight Dental', email: 'hello@knightdental.example.com', locationId: LOCATION_ID };
const older = { id: 'b0', name: 'Old Co', createdAt: '2026-01-01T00:00:00.000Z' };
const newer = { id: 'b2', name: 'New Co', createdAt: '2026-03-01T00:00:00.000Z' };

/** Operations without input: no bad-input row is possible (run by test/businesses.test.ts). */
export const businessInputlessCases: Array<Omit<OperationCase, 'bad'>> = [
  {
    key: 'list_businesses',
    input: {},
    request: { method: 'GET', path: '/businesses/', query: { locationId: LOCATION_ID, limit: '100', skip: '0' } },
    reply: { businesses: [older, newer] },
    expected: [newer, older],
  },
  {
    key: 'list_businesses',
    title: 'dropdown page 2',
    input: {},
    meta: { page: 1 },
    request: { method: 'GET', path: '/businesses/', query: { locationId: LOCATION_ID, limit: '100', skip: '100' } },
    reply: { businesses: [biz] },
    expected: [biz],
  },
];

export const businessCases: OperationCase[] = [
  {
    key: 'get_business',
    input: { businessId: 'b1' },
    request: { method: 'GET', path: '/businesses/b1' },
    reply: { business: biz },
    expected: [biz],
    bad: { input: {}, error: /"Business" \(businessId\) is required/ },
  },
  {
    key: 'create_business',
    input: { name: ' Knight Dental ', email: 'hello@knightdental.example.com', phone: '+1 (415) 555-0123', city: '' },
    request: {
      method: 'POST',
      path: '/businesses/',
      body: { name: 'Knight Dental', email: 'hello@knightdental.example.com', phone: '+14155550123', locationId: LOCATION_ID },
    },
    status: 201,
    // The create answer names its key `buiseness` (sic).
    reply: { success: true, buiseness: biz },
    expected: biz,
    bad: { input: { email: 'hello@knightdental.example.com' }, error: /"Business Name" \(name\) is required/ },
  },
  {
    key: 'update_business',
    input: { businessId: 'b1', city: 'Dolomite', description: 'Family dental clinic' },
    request: { method: 'PUT', path: '/businesses/b1', body: { city: 'Dolomite', description: 'Family dental clinic' } },
    reply: { success: true, buiseness: { ...biz, city: 'Dolomite' } },
    expected: { ...biz, city: 'Dolomite' },
    bad: { input: { businessId: 'b1', email: 'nope' }, error: /"Email" \(email\) must be an email address/ },
  },
  {
    key: 'update_business',
    title: 'answer with the correctly spelt key',
    input: { businessId: 'b1', name: 'Knight Dental Group' },
    request: { method: 'PUT', path: '/businesses/b1', body: { name: 'Knight Dental Group' } },
    reply: { success: true, business: { ...biz, name: 'Knight Dental Group' } },
    expected: { ...biz, name: 'Knight Dental Group' },
    bad: { input: { name: 'x' }, error: /"Business" \(businessId\) is required/ },
  },
  {
    key: 'delete_business',
    input: { businessId: 'b1' },
    request: { method: 'DELETE', path: '/businesses/b1' },
    reply: { success: true },
    expected: { id: 'b1', deleted: true },
    bad: { input: {}, error: /"Business" \(businessId\) is required/ },
  },
];
