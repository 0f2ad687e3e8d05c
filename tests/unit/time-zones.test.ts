// The centre’s days and clocks (common/time/, and the screens’ ui/clockTime.ts): where a day starts on the days clocks jump at midnight or a day never
// happens, the offsets reports bucket hours by, and a calendar whose time zone changes at a business day's start.
// Each expected instant is checked against the runtime's own Intl formatting, independently of Temporal's code path.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { businessDay, calendarDays, dayStartMs, daysBefore, nextDay, offsetAt, wallClockMs } from '../../common/time/zone.ts';
import { offsetSegments } from '../../common/time/offsetSegments.ts';
import { centreCalendar, localTime, zoneChangeStart } from '../../common/time/centreCalendar.ts';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const intlDay = (ms: number, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);

describe('where a local day starts', () => {
  // [zone, day, first instant of the day, why the day is hard]
  const cases: [string, string, string, string][] = [
    ['Europe/Stockholm', '2026-11-24', '2026-11-23T23:00:00.000Z', 'winter'],
    ['Europe/Stockholm', '2026-07-01', '2026-06-30T22:00:00.000Z', 'summer'],
    ['Europe/Stockholm', '2026-03-29', '2026-03-28T23:00:00.000Z', 'clocks forward at 02:00'],
    ['America/Santiago', '2022-09-11', '2022-09-11T04:00:00.000Z', 'midnight skipped: the day starts at 01:00'],
    ['America/Santiago', '2024-09-08', '2024-09-08T04:00:00.000Z', 'midnight skipped'],
    ['America/Santiago', '2024-04-07', '2024-04-07T04:00:00.000Z', 'clocks back at midnight: 23:00–24:00 twice the evening before'],
    ['America/Havana', '2024-03-10', '2024-03-10T05:00:00.000Z', 'midnight skipped'],
    ['America/Havana', '2024-11-03', '2024-11-03T04:00:00.000Z', 'clocks back at 01:00: midnight happens twice, the first one counts'],
    ['America/Sao_Paulo', '2018-11-04', '2018-11-04T03:00:00.000Z', 'midnight skipped (Brazil had summer time until 2019)'],
    ['America/Sao_Paulo', '2017-10-15', '2017-10-15T03:00:00.000Z', 'midnight skipped'],
    ['America/Asuncion', '2024-10-06', '2024-10-06T04:00:00.000Z', 'midnight skipped'],
    ['Asia/Beirut', '2023-03-26', '2023-03-25T22:00:00.000Z', 'midnight skipped'],
    ['Pacific/Apia', '2011-12-29', '2011-12-29T10:00:00.000Z', 'the last day before the date line moved'],
    ['Pacific/Apia', '2011-12-30', '2011-12-30T10:00:00.000Z', 'never happened: an empty day, where the next begins'],
    ['Pacific/Apia', '2011-12-31', '2011-12-30T10:00:00.000Z', 'follows 29 December directly'],
    ['Pacific/Kiritimati', '1994-12-31', '1994-12-31T10:00:00.000Z', 'never happened'],
  ];

  for (const [zone, day, expected, why] of cases) {
    test(`${zone} ${day}: ${why}`, () => {
      const start = dayStartMs(day, zone);
      assert.equal(iso(start), expected);
      // The definition, by Intl: the instant before is an earlier day, the instant itself is this day or, for a day
      // that never happened, a later one.
      assert.ok(intlDay(start - 1, zone) < day, `${iso(start - 1)} is before ${day} in ${zone}`);
      assert.ok(intlDay(start, zone) >= day);
      assert.equal(businessDay(start, zone), intlDay(start, zone));
      assert.equal(businessDay(start - 1, zone), intlDay(start - 1, zone));
    });
  }

  test('a Stockholm day is 23 hours when the clocks go forward and 25 when they go back', () => {
    assert.equal(dayStartMs('2026-03-30', 'Europe/Stockholm') - dayStartMs('2026-03-29', 'Europe/Stockholm'), 23 * HOUR);
    assert.equal(dayStartMs('2026-10-26', 'Europe/Stockholm') - dayStartMs('2026-10-25', 'Europe/Stockholm'), 25 * HOUR);
  });

  test('the business day is the centre’s local date, not UTC’s', () => {
    const lateEveningUtc = Date.parse('2026-11-24T23:30:00Z');
    assert.equal(businessDay(lateEveningUtc, 'UTC'), '2026-11-24');
    assert.equal(businessDay(lateEveningUtc, 'Europe/Stockholm'), '2026-11-25');
    assert.equal(businessDay(lateEveningUtc, 'Europe/London'), '2026-11-24');
  });

  test('next day crosses months and years; a wall-clock hour inside a gap is the instant after it', () => {
    assert.equal(nextDay('2026-11-30'), '2026-12-01');
    assert.equal(nextDay('2026-12-31'), '2027-01-01');
    // A period's calendar: Friday to Monday is four days, the closed weekend included.
    assert.deepEqual(calendarDays('2026-12-04', '2026-12-07'), ['2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07']);
    assert.deepEqual(calendarDays('2026-12-07', '2026-12-04'), []);
    assert.equal(iso(wallClockMs('2026-03-29', 9, 'Europe/Stockholm')), '2026-03-29T07:00:00.000Z');
    assert.equal(iso(wallClockMs('2024-09-08', 0, 'America/Santiago')), '2024-09-08T04:00:00.000Z');
  });
});

describe('offsets and their stretches', () => {
  test('offsets of zones with half hours and summer time', () => {
    assert.equal(offsetAt(Date.parse('2026-07-01T12:00:00Z'), 'Europe/London'), HOUR);
    assert.equal(offsetAt(Date.parse('2026-07-01T12:00:00Z'), 'Asia/Kolkata'), 5.5 * HOUR);
    assert.equal(offsetAt(Date.parse('2024-09-08T04:00:00Z'), 'America/Santiago'), -3 * HOUR);
    assert.equal(offsetAt(Date.parse('2024-09-08T03:59:59Z'), 'America/Santiago'), -4 * HOUR);
  });

  test('a Stockholm year is three stretches, changing at 01:00 UTC on the last Sundays of March and October', () => {
    const segments = offsetSegments(Date.parse('2025-11-23T23:00:00Z'), Date.parse('2026-11-23T23:00:00Z'), 'Europe/Stockholm');
    assert.deepEqual(
      segments.map((s) => [iso(s.fromMs), iso(s.toMs), s.offsetMs / HOUR]),
      [
        ['2025-11-23T23:00:00.000Z', '2026-03-29T01:00:00.000Z', 1],
        ['2026-03-29T01:00:00.000Z', '2026-10-25T01:00:00.000Z', 2],
        ['2026-10-25T01:00:00.000Z', '2026-11-23T23:00:00.000Z', 1],
      ],
    );
  });

  test('a zone without clock changes is one stretch; Apia jumps a whole day forward', () => {
    assert.equal(offsetSegments(0, 400 * 86_400_000, 'UTC').length, 1);
    const apia = offsetSegments(Date.parse('2011-12-29T00:00:00Z'), Date.parse('2012-01-01T00:00:00Z'), 'Pacific/Apia');
    assert.deepEqual(apia.map((s) => [iso(s.fromMs), s.offsetMs / HOUR]), [['2011-12-29T00:00:00.000Z', -10], ['2011-12-30T10:00:00.000Z', 14]]);
  });
});

describe('a centre whose time zone changes', () => {
  const askedAt = Date.parse('2026-11-24T09:00:00Z'); // 10:00 in Stockholm

  function assertDaysRunForward(calendar: ReturnType<typeof centreCalendar>, fromMs: number) {
    for (let at = fromMs, last = ''; at < fromMs + 4 * 24 * HOUR; at += 15 * 60_000) {
      const day = calendar.dayOf(at);
      assert.ok(day >= last, `${iso(at)}: ${day} after ${last}`);
      assert.ok(calendar.dayStartMs(day) <= at && at < calendar.dayStartMs(nextDay(day)), `${iso(at)} lies in ${day}`);
      last = day;
    }
  }

  test('Stockholm → London takes effect at London’s next midnight, which begins the 25th; the 24th lasts until then', () => {
    const before = centreCalendar('Europe/Stockholm');
    const fromMs = zoneChangeStart(before, askedAt, 'Europe/London');
    assert.equal(iso(fromMs), '2026-11-25T00:00:00.000Z');
    const calendar = centreCalendar('Europe/Stockholm', [{ fromMs, timeZone: 'Europe/London' }]);
    assert.equal(calendar.zoneAt(askedAt), 'Europe/Stockholm', 'today keeps its zone');
    assert.equal(calendar.dayOf(Date.parse('2026-11-24T23:30:00Z')), '2026-11-24', '00:30 in Stockholm still counts to the 24th');
    assert.equal(iso(calendar.dayStartMs('2026-11-24')), '2026-11-23T23:00:00.000Z');
    assert.equal(iso(calendar.dayStartMs('2026-11-25')), '2026-11-25T00:00:00.000Z');
    assert.equal(iso(calendar.dayStartMs('2026-11-26')), '2026-11-26T00:00:00.000Z');
    assert.deepEqual(
      calendar.offsetSegments(Date.parse('2026-11-24T00:00:00Z'), Date.parse('2026-11-27T00:00:00Z')).map((s) => [iso(s.toMs), s.offsetMs / HOUR]),
      [['2026-11-25T00:00:00.000Z', 1], ['2026-11-27T00:00:00.000Z', 0]],
    );
    assert.equal(localTime(calendar)(Date.parse('2026-11-26T09:05:09Z')), '2026-11-26 09:05:09');
    assert.equal(localTime(calendar)(Date.parse('2026-07-01T07:05:09Z')), '2026-07-01 09:05:09', 'the summer before stays in Stockholm');
    assertDaysRunForward(calendar, askedAt);
  });

  test('London → Stockholm begins at Stockholm’s midnight; asked after it, a day later', () => {
    const early = zoneChangeStart(centreCalendar('Europe/London'), askedAt, 'Europe/Stockholm');
    assert.equal(iso(early), '2026-11-24T23:00:00.000Z');
    const lateAsk = Date.parse('2026-11-24T23:30:00Z'); // 23:30 in London, already the 25th in Stockholm
    const fromMs = zoneChangeStart(centreCalendar('Europe/London'), lateAsk, 'Europe/Stockholm');
    assert.equal(iso(fromMs), '2026-11-25T23:00:00.000Z', 'Stockholm’s midnight that begins the 26th');
    const calendar = centreCalendar('Europe/London', [{ fromMs, timeZone: 'Europe/Stockholm' }]);
    assert.equal(calendar.dayOf(lateAsk), '2026-11-24');
    assert.equal(calendar.dayOf(fromMs - 1), '2026-11-25', 'the 25th is London’s, an hour short');
    assert.equal(calendar.dayOf(fromMs), '2026-11-26');
    assertDaysRunForward(calendar, lateAsk);
  });

  test('across the date line both ways the days still run forward, never counted twice', () => {
    for (const [from, to] of [['Pacific/Kiritimati', 'Pacific/Pago_Pago'], ['Pacific/Pago_Pago', 'Pacific/Kiritimati']]) {
      const fromMs = zoneChangeStart(centreCalendar(from!), askedAt, to!);
      const calendar = centreCalendar(from!, [{ fromMs, timeZone: to! }]);
      assert.equal(calendar.dayStartMs(calendar.dayOf(fromMs)), fromMs, `${from} → ${to}: the new zone begins a day`);
      assertDaysRunForward(calendar, askedAt - 24 * HOUR);
    }
  });
});

describe('the times screens show', () => {
  test('follow the centre’s zone as the hub sent it, not the device’s; so does the screen’s today', async () => {
    const { centreDate, centreInstant } = await import('../../ui/clockTime.ts');
    const { formats } = await import('../../common/i18n/format.ts');
    const lateEvening = '2026-11-24T23:30:00Z';
    assert.equal(formats('sv', 'Europe/Stockholm').time(lateEvening), '00:30');
    assert.equal(centreDate(Date.parse(lateEvening), 'Europe/Stockholm'), '2026-11-25');
    assert.equal(formats('sv', 'America/Santiago').time(lateEvening), '20:30');
    assert.match(formats('en', 'America/Santiago').dayAndTime(lateEvening), /24 Nov 2026, 20:30/);
    assert.equal(centreDate(Date.parse(lateEvening), 'America/Santiago'), '2026-11-24');
    // A booking typed as 13:00 is 13:00 in the centre, and a time in the midnight gap is the first hour after it.
    assert.equal(centreInstant('2026-11-24', '13:00', 'America/Santiago').toISOString(), '2026-11-24T16:00:00.000Z');
    assert.equal(centreInstant('2024-09-08', '00:30', 'America/Santiago').toISOString(), '2024-09-08T04:30:00.000Z');
    assert.equal(daysBefore('2026-03-01', 27), '2026-02-02');
  });
});
