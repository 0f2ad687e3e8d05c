// The demo history plan: deterministic from its seed, and plausible in the ways the reports are meant to show.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { planHistory, type PlanInput } from '../../main/demo/historyPlan.ts';

const input: PlanInput = {
  untilDay: '2026-11-24',
  days: 91,
  timeZone: 'Europe/Stockholm',
  services: [
    { id: 1, prefix: 'R' },
    { id: 2, prefix: 'B' },
    { id: 3, prefix: 'S' },
    { id: 4, prefix: 'M' },
  ],
  desks: [
    { id: 1, serviceIds: [1, 2] },
    { id: 2, serviceIds: [2, 3] },
    { id: 3, serviceIds: [3, 1] },
    { id: 4, serviceIds: [4, 1] },
  ],
  seed: 7,
};
const plan = planHistory(input);
const MIN = 60_000;
const hourFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', hour: '2-digit', hourCycle: 'h23' });
const localHour = (ms: number) => Number(hourFormat.format(ms));
const weekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();

describe('demo history plan', () => {
  test('the same seed gives the same history; another seed another', () => {
    assert.deepEqual(planHistory(input), plan);
    assert.notDeepEqual(planHistory({ ...input, seed: 8 }).tickets.slice(0, 20), plan.tickets.slice(0, 20));
  });

  test('working days only, within the period, opening hours 08–16, numbered per service and day', () => {
    const days = new Set(plan.tickets.map((t) => t.day));
    assert.ok(days.size >= 60 && days.size <= 66, `${days.size} working days in 13 weeks`);
    for (const day of days) assert.ok(weekday(day) >= 1 && weekday(day) <= 5, `${day} is a weekday`);
    assert.ok([...days].every((d) => d < '2026-11-24' && d >= '2026-08-25'));
    for (const t of plan.tickets) assert.ok(localHour(t.issuedAt) >= 8 && localHour(t.issuedAt) < 16, `${t.number} at ${localHour(t.issuedAt)}`);
    const firstDay = plan.tickets.filter((t) => t.day === plan.tickets[0]!.day && t.issuedServiceId === 1);
    assert.deepEqual(firstDay.slice(0, 3).map((t) => t.number), ['R001', 'R002', 'R003']);
  });

  test('Monday mornings are busy, Friday afternoons quiet, and some waits miss the 15-minute target', () => {
    const count = (day: number, from: number, to: number) => plan.tickets.filter((t) => weekday(t.day) === day && localHour(t.issuedAt) >= from && localHour(t.issuedAt) < to).length;
    assert.ok(count(1, 9, 11) > 2 * count(5, 13, 15), `Monday 9–11: ${count(1, 9, 11)}, Friday 13–15: ${count(5, 13, 15)}`);
    const waits = plan.tickets.filter((t) => t.firstCalledAt !== null).map((t) => t.firstCalledAt! - t.issuedAt);
    const over = waits.filter((w) => w > 15 * MIN).length / waits.length;
    assert.ok(over > 0.05 && over < 0.5, `${(over * 100).toFixed(1)} % waited over 15 minutes`);
  });

  test('every visitor is seen by the end of the day; about 5 % no-shows, some transfers, about 15 % rate', () => {
    assert.ok(plan.tickets.every((t) => t.state === 'finished' || t.state === 'no-show'));
    const noShows = plan.tickets.filter((t) => t.state === 'no-show').length / plan.tickets.length;
    assert.ok(noShows > 0.03 && noShows < 0.08, `no-shows ${noShows}`);
    const transferred = plan.tickets.filter((t) => t.visits.some((v) => v.outcome === 'transferred'));
    assert.ok(transferred.length > 0);
    for (const t of transferred) assert.notEqual(t.serviceId, t.issuedServiceId, `${t.number} ends at another service`);
    const kiosk = plan.responses.filter((r) => r.source === 'kiosk').length;
    const served = plan.tickets.filter((t) => t.state === 'finished').length;
    assert.ok(kiosk / served > 0.12 && kiosk / served < 0.18, `rate ${kiosk / served}`);
    assert.ok(plan.responses.some((r) => r.source === 'paper' && r.comment !== null));
    assert.ok(plan.responses.every((r) => r.answers.some((a) => a !== null)), 'every response answers something');
  });

  test('service times are realistic: a few minutes at reception, longer at the advice services', () => {
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const serviceMinutes = (serviceId: number) =>
      median(plan.tickets.flatMap((t) => t.visits).filter((v) => v.serviceId === serviceId && v.outcome === 'finished').map((v) => (v.endedAt - v.startedAt!) / MIN));
    assert.ok(serviceMinutes(1) > 2 && serviceMinutes(1) < 6, `reception ${serviceMinutes(1)}`);
    assert.ok(serviceMinutes(3) > 4 && serviceMinutes(3) < 12, `social ${serviceMinutes(3)}`);
  });
});
