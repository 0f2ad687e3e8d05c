import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ticketDocument } from '../../main/printer/ticketDocument.ts';

const job = {
  centreName: 'Medborgarservice',
  serviceName: 'Bygga, bo, miljö och tillstånd',
  number: 'M007',
  ahead: 3,
  estimatedWaitMinutes: 12,
  issuedAtMs: Date.parse('2026-11-24T09:05:00Z'),
  timeZone: 'Europe/Stockholm',
} as const;

test('the printed ticket shows centre, service, the number huge, the place in line and the local time', () => {
  const document = ticketDocument({ ...job, language: 'sv' });
  assert.deepEqual(
    document.lines.map((l) => l.text),
    ['Medborgarservice', 'Bygga, bo, miljö och tillstånd', 'M007', '3 före dig, cirka 12 min', '2026-11-24 10:05'],
  );
  assert.equal(document.lines[2]!.size, 'huge');
});

test('the ticket speaks the visitor’s language', () => {
  const document = ticketDocument({ ...job, language: 'en', ahead: 0, estimatedWaitMinutes: 0 });
  assert.equal(document.lines[3]!.text, 'You are next');
  assert.match(document.lines[4]!.text, /24\/11\/2026, 10:05/);
});
