// Many centres, one picture (issue 17), end to end: the real central service on its embedded PostgreSQL and two
// real hub processes on their own SQLite files, pushing as they would in a municipality. Faults on both sides — the
// central service killed with kill -9 while a batch is being applied, the central service away while a site serves
// a day's visitors, a hub restored from an older backup — and after each, every site's figures on the central
// service equal its own report for the same days: nothing lost, nothing counted twice.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CentralHealth } from '../../common/schemas/central.ts';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { startCentral, type RunningCentral } from '../helpers/central.ts';
import { addDesk, addService, atDesk, callNext, takeTicket } from '../helpers/centre.ts';

const DAY_MS = 86_400_000;
/** The demo history's days and today: the period every comparison covers. */
const period = () => ({ from: new Date(Date.now() - 4 * DAY_MS).toISOString().slice(0, 10), to: new Date(Date.now() + DAY_MS).toISOString().slice(0, 10) });

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

const health = async (hub: RunningHub) => (await hub.api<{ central: CentralHealth }>('GET', '/api/health')).body.central;
/** Synced with nothing pending: the central service holds all the hub has. */
const caughtUp = (hub: RunningHub, timeoutMs?: number) =>
  until(
    'the hub to be synced with nothing pending',
    async () => {
      const central = await health(hub);
      return central.state === 'synced' && central.pending === 0 && central;
    },
    timeoutMs,
  );

interface Site {
  id: number;
  name: string;
  siteToken: string;
}

describe('two sites and the central service', () => {
  let central: RunningCentral;
  const hubs = new Map<string, RunningHub>();
  const sites = new Map<string, Site>();
  const dirs: string[] = [];

  const startSite = async (name: string, args: string[] = [], dataDir?: string) => {
    const site = sites.get(name)!;
    const hub = await startHub({ ...(dataDir ? { dataDir } : {}), args: ['--central', central.url, '--site-token', site.siteToken, '--central-retry-ms', '200', ...args] });
    hubs.set(name, hub);
    return hub;
  };

  /** Each site's figures on the central service against its own report: summary and day by day, exactly. */
  const assertFiguresEqual = async (what: string) => {
    const query = new URLSearchParams(period()).toString();
    const summary = await central.api('GET', `/api/central/summary?${query}`);
    const byDay = await central.api('GET', `/api/central/by-day?${query}`);
    assert.equal(summary.status, 200);
    assert.equal(byDay.status, 200);
    let issued = 0;
    for (const [name, hub] of hubs) {
      const siteId = sites.get(name)!.id;
      const { siteId: _s, name: shownName, lastSyncAt, ...figures } = summary.body.sites.find((s: { siteId: number }) => s.siteId === siteId);
      assert.equal(shownName, name);
      assert.ok(lastSyncAt, `${name} has synced`);
      const own = await hub.api('GET', `/api/reports/summary?${query}`);
      assert.deepEqual(figures, own.body, `${what}: ${name}'s summary on the central service equals its own`);
      const { siteId: _d, name: _n, ...days } = byDay.body.sites.find((s: { siteId: number }) => s.siteId === siteId);
      assert.deepEqual(days, (await hub.api('GET', `/api/reports/by-day?${query}`)).body, `${what}: ${name}'s days`);
      issued += own.body.ticketsIssued;
    }
    assert.equal(summary.body.total.ticketsIssued, issued, `${what}: the total is the sites' sum`);
    return summary.body;
  };

  /** A visitor served from ticket to finish at the first desk, rating the visit from the exit screen's API. */
  const serveVisitors = async (hub: RunningHub, count: number) => {
    const desks: { id: number; serviceIds: number[] }[] = (await hub.api('GET', '/api/desks')).body;
    const desk = desks[0]!;
    const service = { id: desk.serviceIds[0]! };
    for (let i = 0; i < count; i++) {
      await takeTicket(hub, service.id);
      const called = await callNext(hub, desk.id);
      if (i % 7 === 3) {
        await atDesk(hub, desk.id, 'no-show');
        continue;
      }
      await atDesk(hub, desk.id, 'finish');
      if (i % 3 === 0) {
        const rated = await hub.api('POST', '/api/survey', { ticketId: called.id, answers: [5, 4, null, 3, 5], source: 'kiosk' });
        assert.equal(rated.status, 201, JSON.stringify(rated.body));
      }
    }
  };

  before(async () => {
    central = await startCentral();
    for (const name of ['Centrum', 'Biblioteket Väster']) {
      const created = await central.api('POST', '/api/sites', { name });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      sites.set(name, created.body);
    }
    await startSite('Centrum', ['--demo-days', '2']);
    const branch = await startSite('Biblioteket Väster');
    const service = await addService(branch, 'Bygglov', 'B');
    await addDesk(branch, 'Disk 1', [service.id]);
  });

  after(async () => {
    await Promise.all([...hubs.values()].map((hub) => hub.stop()));
    await central.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  test('both sites push what they did, and the central figures equal their own reports', async () => {
    await serveVisitors(hubs.get('Biblioteket Väster')!, 12);
    await serveVisitors(hubs.get('Centrum')!, 5);
    for (const hub of hubs.values()) await caughtUp(hub);
    const summary = await assertFiguresEqual('after the first sync');
    const centrum = summary.sites.find((s: { name: string }) => s.name === 'Centrum');
    assert.ok(centrum.ticketsIssued > 100, 'the demo history of two days arrived, not only today');
    assert.ok(centrum.survey.responses > 0 && centrum.wait.medianSeconds !== null);
  });

  test('the central service killed with kill -9 in the middle of a batch loses nothing and doubles nothing', async () => {
    const hub = hubs.get('Centrum')!;
    // Test-only: the central service holds each batch, written but not committed, long enough to be killed.
    await central.restart(['--test-apply-delay-ms', '5000']);
    await serveVisitors(hub, 4);
    await until('a batch written but not committed', async () => central.output().includes('committing in'));
    await central.kill9();
    assert.equal((await health(hub)).pending > 0, true, 'the site knows the batch was not acknowledged');
    await central.restart();
    await caughtUp(hub);
    await assertFiguresEqual('after the kill -9 and the resend');
  });

  test('a site that serves a day of visitors while the central service is away is current within a minute of its return', async () => {
    const hub = hubs.get('Biblioteket Väster')!;
    await central.kill9();
    await serveVisitors(hub, 120);
    const away = await until('the site to see the central service offline', async () => {
      const state = await health(hub);
      return state.state === 'offline' && state;
    });
    assert.ok(away.pending >= 120, `the day's visits wait at the site (${away.pending} changes pending)`);
    await central.restart();
    const started = Date.now();
    await caughtUp(hub, 60_000);
    assert.ok(Date.now() - started < 60_000);
    await assertFiguresEqual('after a day offline');
  });

  test('a hub restored from an older backup is counted as its backup holds, not twice', async () => {
    const hub = hubs.get('Biblioteket Väster')!;
    const backup = await hub.fetch('/api/backup', { headers: { authorization: `Bearer ${hub.token}` } });
    assert.equal(backup.status, 200);
    const copy = Buffer.from(await backup.arrayBuffer());
    // What happens after the backup and is lost with the disk: the central service has counted it meanwhile.
    await serveVisitors(hub, 6);
    await caughtUp(hub);
    await hub.stop();
    hubs.delete('Biblioteket Väster');

    const restoredDir = mkdtempSync(join(tmpdir(), 'lotsa-restored-'));
    dirs.push(restoredDir);
    writeFileSync(join(restoredDir, 'lotsa.sqlite'), copy);
    const restored = await startSite('Biblioteket Väster', [], restoredDir);
    await caughtUp(restored);
    await serveVisitors(restored, 2);
    await caughtUp(restored);
    await assertFiguresEqual('after the restore');
  });
});
