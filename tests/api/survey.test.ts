// The exit survey's API beyond the Foundation contract: questions per language and as the administrator sets them
// up, one response per completed survey, the link to a visit by ticket number, paper cards, comments, survey.csv.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { addService, takeTicket } from '../helpers/centre.ts';
import type { SurveyConfig, SurveyQuestions } from '../../common/schemas/survey.ts';
import type { FilteredSummary } from '../../common/schemas/reports.ts';

describe('survey API', () => {
  let hub: RunningHub;
  before(async () => {
    hub = await startHub();
  });
  after(async () => {
    await hub?.stop();
  });
  const summary = async () => (await hub.api<FilteredSummary>('GET', '/api/reports/summary')).body;

  test('GET /api/survey/questions: the five default questions in Swedish or English, and the idle time', async () => {
    const sv = await hub.api<SurveyQuestions>('GET', '/api/survey/questions', undefined, { token: await hub.pairDevice('survey') });
    assert.equal(sv.status, 200);
    assert.deepEqual(sv.body.questions.map((q) => q.id), [1, 2, 3, 4, 5]);
    assert.equal(sv.body.questions[0]!.text, 'Hur nöjd är du med ditt besök som helhet?');
    assert.equal(sv.body.idleResetSeconds, 60);
    const en = await hub.api<SurveyQuestions>('GET', '/api/survey/questions?lang=en');
    assert.equal(en.body.questions[1]!.text, 'How was the waiting time?');
    assert.equal((await hub.api('GET', '/api/survey/questions?lang=de')).status, 400);
  });

  test('the administrator rewords, reorders and switches off questions and sets the idle time; the survey asks that', async () => {
    const current = (await hub.api<SurveyConfig>('GET', '/api/survey/config')).body;
    assert.equal((await hub.api('GET', '/api/survey/config', undefined, { token: null })).status, 401);
    const [q1, q2, q3, q4, q5] = current.questions;
    const config = {
      idleResetSeconds: 90,
      questions: [{ ...q5!, texts: { sv: 'Hittade du hit lätt?', en: 'Was it easy to find us?' } }, q1!, { ...q3!, active: false }, q2!, q4!],
    };
    const saved = await hub.api<SurveyConfig>('POST', '/api/survey/config', config);
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.deepEqual(saved.body, config);
    const asked = (await hub.api<SurveyQuestions>('GET', '/api/survey/questions?lang=en')).body;
    assert.deepEqual(asked.questions.map((q) => q.id), [5, 1, 2, 4]);
    assert.equal(asked.questions[0]!.text, 'Was it easy to find us?');
    assert.equal(asked.idleResetSeconds, 90);

    const tooShort = await hub.api('POST', '/api/survey/config', { ...config, idleResetSeconds: 59 });
    assert.deepEqual([tooShort.status, tooShort.body.code], [400, 'survey-idle-too-short'], 'a minute between touches at least');
    for (const bad of [
      { ...config, questions: config.questions.map((q) => ({ ...q, active: false })) },
      { ...config, questions: [q1, q1, q2, q3, q4] },
      { ...config, questions: config.questions.slice(0, 4) },
      { ...config, idleResetSeconds: 2 },
      { ...config, questions: config.questions.map((q) => ({ ...q, texts: { sv: '', en: 'x' } })) },
    ]) {
      const refused = await hub.api('POST', '/api/survey/config', bad);
      assert.equal(refused.status, 400, JSON.stringify(bad));
      assert.ok(refused.body.error);
    }
    assert.deepEqual((await hub.api<SurveyConfig>('GET', '/api/survey/config')).body, config, 'a refused setup changes nothing');
    assert.equal((await hub.api('POST', '/api/survey/config', config, { token: null })).status, 401);
    await hub.api('POST', '/api/survey/config', current);
  });

  test('the same submissionId sent again is the same response, not a second one', async () => {
    const before = (await summary()).survey.responses;
    const body = { answers: [5, null, 4, 4, 3], submissionId: 'survey-0001-abcdef' };
    const first = await hub.api('POST', '/api/survey', body);
    const again = await hub.api('POST', '/api/survey', body);
    assert.equal(first.status, 201);
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, first.body);
    assert.equal((await summary()).survey.responses, before + 1);
    const other = await hub.api('POST', '/api/survey', { ...body, submissionId: 'survey-0002-abcdef' });
    assert.equal(other.status, 201, 'another visitor with the same answers is another response');
    assert.equal((await hub.api('POST', '/api/survey', { ...body, submissionId: 'x' })).status, 400);
  });

  test("a typed ticket number links the response to today's ticket and its service; an unknown one is refused", async () => {
    const service = await addService(hub, 'Bygga, bo och miljö', 'BYG');
    const ticket = await takeTicket(hub, service.id);
    const before = (await summary()).survey.responses;
    const unknown = await hub.api('POST', '/api/survey', { answers: [1, 1, 1, 1, 1], ticketNumber: 'BYG999' });
    assert.equal(unknown.status, 400, JSON.stringify(unknown.body));
    assert.match(unknown.body.error, /no ticket BYG999 today/);
    assert.equal((await summary()).survey.responses, before, 'nothing was stored');
    const linked = await hub.api('POST', '/api/survey', { answers: [4, 2, null, null, null], ticketNumber: ticket.number.toLowerCase(), comment: '=HYPERLINK("http://x","klicka")' });
    assert.equal(linked.status, 201, JSON.stringify(linked.body));
    const narrowed = (await hub.api<FilteredSummary>('GET', `/api/reports/summary?serviceId=${service.id}`)).body;
    assert.equal(narrowed.survey.responses, 1);
    assert.deepEqual(narrowed.survey.meanByQuestion, [4, 2, null, null, null]);
    assert.equal((await hub.api('POST', '/api/survey', { answers: [4, 2, null, null, null], ticketNumber: ticket.number, ticketId: ticket.id })).status, 400);

    const comments = (await hub.api('GET', '/api/survey/comments')).body.comments;
    assert.equal(comments[0].serviceName, 'Bygga, bo och miljö');
    assert.equal(comments[0].comment, '=HYPERLINK("http://x","klicka")');

    // ignoreBOM keeps the byte-order mark that text() would silently drop.
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await hub.fetch(`/api/reports/survey.csv?token=${hub.token}`)).arrayBuffer());
    assert.ok(csv.startsWith('\uFEFFid,submitted_at,source,ticket,service,desk,q1,q2,q3,q4,q5,comment\r\n'));
    const row = csv.split('\r\n').find((line) => line.includes(ticket.number))!;
    assert.match(row, /,kiosk,BYG001,"Bygga, bo och miljö",,4,2,,,,"'=HYPERLINK\(""http:\/\/x"",""klicka""\)"$/, 'the formula stays text');
  });

  test("a typed ticket number tells the survey screen the language the visitor took the ticket in, and nothing else", async () => {
    assert.equal((await hub.api('POST', '/api/settings', { visitorLanguages: ['sv', 'en', 'ar'] })).status, 200);
    const service = await addService(hub, 'Pass', 'P');
    const { body: ticket } = await hub.api('POST', '/api/tickets', { serviceId: service.id, language: 'ar' });
    const survey = await hub.pairDevice('survey');
    const known = await hub.api('GET', `/api/survey/ticket/${ticket.number.toLowerCase()}`, undefined, { token: survey });
    assert.deepEqual([known.status, known.body], [200, { number: ticket.number, language: 'ar' }]);
    const unknown = await hub.api('GET', '/api/survey/ticket/P999', undefined, { token: survey });
    assert.deepEqual([unknown.status, unknown.body.code], [404, 'survey-ticket-unknown']);
    assert.equal((await hub.api('GET', '/api/survey/ticket/not-a-number', undefined, { token: survey })).status, 400);
  });

  test('paper cards are counted apart from the touchscreen', async () => {
    const before = (await summary()).survey;
    const paper = await hub.api('POST', '/api/survey', { answers: [1, null, null, null, null], comment: 'Kort från disken', source: 'paper' });
    assert.equal(paper.status, 201);
    const after = (await summary()).survey;
    assert.equal(after.bySource.paper.responses, before.bySource.paper.responses + 1);
    assert.equal(after.bySource.kiosk.responses, before.bySource.kiosk.responses);
    assert.equal(after.netScore.negative, before.netScore.negative + 1);
    assert.equal((await hub.api('POST', '/api/survey', { answers: [1, null, null, null, null], source: 'phone' })).status, 400);
  });

  test('comments come a page at a time, newest first, and a search ignores case in every alphabet', async () => {
    for (const comment of ['Kön var LÅNG idag', 'Trevlig personal', 'En lång väntan']) {
      assert.equal((await hub.api('POST', '/api/survey', { answers: [3, null, null, null, null], comment })).status, 201);
    }
    const all = (await hub.api('GET', '/api/survey/comments')).body;
    const found = (await hub.api('GET', `/api/survey/comments?q=${encodeURIComponent('LÅNG')}`)).body;
    assert.deepEqual(found.comments.map((c: { comment: string }) => c.comment), ['En lång väntan', 'Kön var LÅNG idag']);
    assert.equal(found.total, 2);
    const second = (await hub.api('GET', '/api/survey/comments?limit=1&offset=1')).body;
    assert.deepEqual([second.comments.length, second.comments[0].comment, second.total], [1, 'Trevlig personal', all.total]);
    const tooMany = await hub.api('GET', '/api/survey/comments?limit=500');
    assert.equal(tooMany.status, 400);
    assert.match(tooMany.body.error, /at most 200 comments/);
  });
});
