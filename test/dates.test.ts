import { parseDate, toDateOnly, toIsoWithOffset } from '../src/dates';
import { fields } from '../src/fields';
import { parseInput } from '../src/define';

describe('dates in the Zap time zone', () => {
  const utc = Date.UTC(2026, 2, 1, 19, 30); // 2026-03-01 14:30 in New York (EST, -05:00)

  it.each([
    ['2026-03-01T14:30:00-05:00', 'UTC'],
    ['2026-03-01T19:30:00Z', 'America/New_York'],
    ['2026-03-01 14:30', 'America/New_York'],
    ['2026-03-01T14:30:00', 'America/New_York'],
    ['March 1, 2026 2:30 PM', 'America/New_York'],
    [String(utc), 'America/New_York'],
    [String(utc / 1000), 'America/New_York'],
  ])('%s (%s)', (text, tz) => expect(parseDate(text, tz)).toBe(utc));

  it('handles daylight saving time', () => {
    expect(parseDate('2026-07-01 09:00', 'America/New_York')).toBe(Date.UTC(2026, 6, 1, 13, 0));
    expect(toIsoWithOffset(Date.UTC(2026, 6, 1, 13, 0), 'America/New_York')).toBe('2026-07-01T09:00:00-04:00');
  });

  it('formats with the offset, or as a date only', () => {
    expect(toIsoWithOffset(utc, 'America/New_York')).toBe('2026-03-01T14:30:00-05:00');
    expect(toIsoWithOffset(utc, null)).toBe('2026-03-01T19:30:00+00:00');
    expect(toDateOnly(Date.UTC(2026, 2, 2, 3, 0), 'America/Los_Angeles')).toBe('2026-03-01');
  });

  it('says clearly when a date cannot be read', () => {
    expect(parseDate('next blursday', 'UTC')).toBeUndefined();
    expect(() => parseInput({ startTime: fields.datetime('Start Time', { as: 'iso' }) }, { startTime: 'next blursday' }, 'UTC')).toThrow(
      '"Start Time" (startTime) could not be read as a date ("next blursday")',
    );
  });

  it('converts to the form GHL wants', () => {
    const defs = {
      a: fields.datetime('A', { as: 'epochMs' }),
      b: fields.datetime('B', { as: 'iso' }),
      c: fields.datetime('C', { as: 'isoUtc' }),
      d: fields.datetime('D', { as: 'dateOnly' }),
    };
    const v = '2026-03-01 14:30';
    expect(parseInput(defs, { a: v, b: v, c: v, d: v }, 'America/New_York')).toEqual({
      a: utc,
      b: '2026-03-01T14:30:00-05:00',
      c: '2026-03-01T19:30:00.000Z',
      d: '2026-03-01',
    });
  });
});

it('a required date that is missing is reported as required', () => {
  expect(() => parseInput({ startTime: fields.datetime('Start Time', { as: 'iso', required: true }) }, {}, 'UTC')).toThrow(
    '"Start Time" (startTime) is required.',
  );
});
