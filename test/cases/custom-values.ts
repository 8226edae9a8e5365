import type { OperationCase } from '../helpers';
import { LOCATION_ID } from '../helpers';

const hours = {
  id: 'cv1',
  name: 'Office Hours',
  fieldKey: '{{ custom_values.office_hours }}',
  value: 'Mon–Fri 8am–6pm',
  locationId: LOCATION_ID,
};
const phone = {
  id: 'cv2',
  name: 'Office Phone',
  fieldKey: '{{ custom_values.office_phone }}',
  value: '+14155550100',
  locationId: LOCATION_ID,
};
const path = `/locations/${LOCATION_ID}/customValues`;

export const customValueCases: OperationCase[] = [
  {
    key: 'list_custom_values',
    input: {},
    request: { method: 'GET', path },
    reply: { customValues: [hours, phone] },
    expected: [hours, phone],
  },
  {
    key: 'create_custom_value',
    input: { name: 'Office Hours', value: 'Mon–Fri 8am–6pm' },
    request: { method: 'POST', path, body: { name: 'Office Hours', value: 'Mon–Fri 8am–6pm' } },
    reply: { customValue: hours },
    expected: hours,
    bad: { input: { name: 'Office Hours' }, error: /"Value" \(value\) is required/ },
  },
  // The faults (test/faults.ts) take an operation's last row: the one without a lookup first.
  {
    key: 'update_custom_value',
    title: 'value only: the name is read first',
    input: { customValueId: 'cv1', value: 'Mon–Sat 8am–6pm' },
    before: [{ request: { method: 'GET', path: `${path}/cv1` }, reply: { customValue: hours } }],
    request: { method: 'PUT', path: `${path}/cv1`, body: { name: 'Office Hours', value: 'Mon–Sat 8am–6pm' } },
    reply: { customValue: { ...hours, value: 'Mon–Sat 8am–6pm' } },
    expected: { ...hours, value: 'Mon–Sat 8am–6pm' },
    bad: { input: { customValueId: 'cv1' }, error: /"Value" \(value\) is required/ },
  },
  {
    key: 'update_custom_value',
    title: 'value and name',
    input: { customValueId: 'cv1', value: 'Mon–Sat 8am–6pm', name: 'Opening Hours' },
    request: { method: 'PUT', path: `${path}/cv1`, body: { name: 'Opening Hours', value: 'Mon–Sat 8am–6pm' } },
    reply: { customValue: { ...hours, name: 'Opening Hours', value: 'Mon–Sat 8am–6pm' } },
    expected: { ...hours, name: 'Opening Hours', value: 'Mon–Sat 8am–6pm' },
    bad: { input: { value: 'x' }, error: /"Custom Value" \(customValueId\) is required/ },
  },
  {
    key: 'find_custom_value',
    input: { name: 'office hours' },
    request: { method: 'GET', path },
    reply: { customValues: [phone, hours] },
    expected: [hours],
    bad: { input: {}, error: /"Name" \(name\) is required/ },
  },
  {
    key: 'find_custom_value',
    title: 'by field key',
    input: { name: '{{custom_values.office_phone}}' },
    request: { method: 'GET', path },
    reply: { customValues: [phone, hours] },
    expected: [phone],
    bad: { input: { name: ['a', 'b'] }, error: /"Name" \(name\) must be text/ },
  },
];
