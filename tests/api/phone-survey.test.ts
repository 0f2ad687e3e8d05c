// The survey on the visitor's phone through the hub: the follow link is the phone's only credential, a visit is rated
// once, only after it ended with the visitor served, and (with a clock the test moves) for a day; the reports count
// the phone apart from the exit screen and paper.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { addDesk, addService, atDesk, callNext } from '../helpers/centre.ts';
import { makeDataDir } from '../helpers/dataDir.ts';
import { inProcessHub } from '../helpers/inProcessHub.ts';
import { openDatabase } from '../../main/db/openDatabase.ts';
import { createHubContext } from '../../main/context.ts';
import { virtualTicketPrinter } from '../../main/printer/ticketPrinter.ts';
import type { FilteredSummary } from '../../common/schemas/reports.ts';
import type { FollowView, Ticket } from '../../common/schemas/tickets.ts';

const tokenOf = (ticket: Ticket) => new URL(ticket.followUrl).pathname.replace(/^\/t\//, '');
const answers = [5, 4, null, 5, 4];

describe('the survey on the visitor\'s phone', () => {
  let hub: RunningHub;
  let serviceId: number;
  let deskId: number;
  before(async () => {
    hub = await startHub();
    serviceId = (await addService(hub, 'Försörjningsstöd', 'F')).id;
    deskId = (await addDesk(hub, 'Disk 1', [serviceId])).id;
  });
  after(() => hub?.stop());
  /** As the phone sends it: no login at all. */
  const fromPhone = (body: object) => hub.api('POST', '/api/survey', { answers, source: 'phone', ...body }, { token: null });
  const take = async () => (await hub.api<Ticket>('POST', '/api/tickets', { serviceId })).body;

  test('a finished visit is rated once from its follow link, with no login, and counted as the phone', async () => {
    const before = (await hub.api<FilteredSummary>('GET', '/api/reports/summary')).body.survey;
    const ticket = await take();
    const early = await fromPhone({ followToken: tokenOf(ticket) });
    assert.deepEqual([early.status, early.body.code], [409, 'survey-visit-not-finished'], 'not while waiting');
    await callNext(hub, deskId);
    await atDesk(hub, deskId, 'finish');

    const sent = await fromPhone({ followToken: tokenOf(ticket), comment: '<img src=x onerror=alert(1)>', submissionId: 'phone-0001-abcdef' });
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    const repeat = await fromPhone({ followToken: tokenOf(ticket), comment: '<img src=x onerror=alert(1)>', submissionId: 'phone-0001-abcdef' });
    assert.deepEqual([repeat.status, repeat.body], [200, sent.body], 'a retried send is the same response');
    const second = await fromPhone({ followToken: tokenOf(ticket), submissionId: 'phone-0002-abcdef' });
    assert.deepEqual([second.status, second.body.code], [409, 'survey-already-answered']);
    const view = await hub.api<FollowView>('GET', `/api/follow/${tokenOf(ticket)}`, undefined, { token: null });
    assert.equal(view.body.survey, 'answered', 'the page does not ask again, after a reload too');

    const after = (await hub.api<FilteredSummary>('GET', `/api/reports/summary`)).body.survey;
    assert.equal(after.bySource.phone.responses, before.bySource.phone.responses + 1);
    assert.equal(after.bySource.kiosk.responses, before.bySource.kiosk.responses);
    const atDeskOne = (await hub.api<FilteredSummary>('GET', `/api/reports/summary?deskId=${deskId}`)).body.survey;
    assert.deepEqual(atDeskOne.bySource.phone.meanByQuestion, [5, 4, null, 5, 4], 'linked to the visit, so to its desk');
    const comments = (await hub.api('GET', '/api/survey/comments')).body.comments;
    assert.deepEqual([comments[0].source, comments[0].comment], ['phone', '<img src=x onerror=alert(1)>']);
  });

  test('a no-show has nothing to rate; an unknown link is 404; the phone posts nothing else', async () => {
    const ticket = await take();
    await callNext(hub, deskId);
    await atDesk(hub, deskId, 'no-show');
    const noShow = await fromPhone({ followToken: tokenOf(ticket) });
    assert.deepEqual([noShow.status, noShow.body.code], [409, 'survey-visit-not-finished']);
    const unknown = await fromPhone({ followToken: 'A'.repeat(22) });
    assert.deepEqual([unknown.status, unknown.body.code], [404, 'follow-link-unknown']);

    const before = (await hub.api<FilteredSummary>('GET', '/api/reports/summary')).body.survey.responses;
    assert.equal((await fromPhone({})).status, 400, 'the phone without its link');
    assert.equal((await hub.api('POST', '/api/survey', { answers, source: 'kiosk', followToken: tokenOf(ticket) }, { token: null })).status, 400);
    assert.equal((await hub.api('POST', '/api/survey', { answers }, { token: null })).status, 401, 'no kiosk answer without a paired screen');
    assert.equal((await hub.api('POST', '/api/survey', { answers, source: 'paper' }, { token: null })).status, 401);
    assert.equal((await hub.api<FilteredSummary>('GET', '/api/reports/summary')).body.survey.responses, before, 'nothing was stored');
  });
});

describe('the phone survey closes a day after the visit', () => {
  const dataDir = makeDataDir();
  let now = Date.parse('2026-11-24T09:00:00Z');
  const ctx = createHubContext(openDatabase(dataDir), virtualTicketPrinter(), () => now);
  const { request } = inProcessHub(ctx, dataDir);

  test('24 hours after the visit ended the link no longer takes answers', async () => {
    const service = (await request<{ id: number }>('POST', '/api/services', { name: 'Bygglov', prefix: 'B' })).body.id;
    const desk = (await request<{ id: number }>('POST', '/api/desks', { name: 'Disk 1', serviceIds: [service] })).body.id;
    const ticket = (await request<Ticket>('POST', '/api/tickets', { serviceId: service })).body;
    await request('POST', `/api/desks/${desk}/next`);
    await request('POST', `/api/desks/${desk}/finish`);
    now += 24 * 60 * 60 * 1000 + 60_000;
    const late = await request<{ code: string }>('POST', '/api/survey', { answers, source: 'phone', followToken: tokenOf(ticket) });
    assert.deepEqual([late.status, late.body.code], [404, 'survey-link-expired']);
    assert.equal((await request<FollowView>('GET', `/api/follow/${tokenOf(ticket)}`)).body.survey, 'closed', 'and the page no longer asks');
  });
});
