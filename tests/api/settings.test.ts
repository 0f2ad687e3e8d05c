// The centre's settings through the API: read, change some fields and keep the rest, refuse each bad value with a
// readable reason and nothing changed, staff-only, and a change that visitors notice (the follow link's address).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { addService, takeTicket } from '../helpers/centre.ts';
import { collectEvents } from '../helpers/events.ts';
import type { CentreSettings } from '../../common/schemas/settings.ts';
import type { LanguagesAnswer } from '../../common/schemas/languages.ts';
import type { Ticket } from '../../common/schemas/tickets.ts';

describe('centre settings', () => {
  let hub: RunningHub;
  const read = async () => {
    const { status, body } = await hub.api<CentreSettings>('GET', '/api/settings');
    assert.equal(status, 200);
    return body;
  };

  before(async () => {
    hub = await startHub();
  });
  after(() => hub?.stop());

  test('GET answers every centre setting; the survey idle time stays with the survey setup', async () => {
    const settings = await read();
    assert.equal(settings.centreName, 'Lotsa');
    assert.equal(settings.waitTargetMinutes, 15);
    assert.equal(settings.transferPlacement, 'keep-arrival');
    assert.equal(settings.publicBaseUrl, null);
    assert.deepEqual(Object.keys(settings).sort(), [
      'backupFolder', 'backupKeep', 'centralShareComments', 'centralSiteTokenSet', 'centralSurveyQuestions', 'centralUrl', 'centreName', 'centreNames', 'checkInEarlyMinutes', 'checkInLateMinutes', 'eventRetentionDays', 'nameLanguage', 'nameRetentionDays', 'noShowAfterRecalls',
      'publicBaseUrl', 'targetShare', 'timeZone', 'timeZoneChange', 'transferPlacement', 'visitorLanguages', 'waitTargetMinutes',
    ]);
    assert.deepEqual(settings.visitorLanguages, ['sv', 'en'], 'Swedish first, then English');
    assert.equal(settings.backupFolder, null, 'no nightly backup until a folder is named');
    assert.equal(settings.backupKeep, 14);
    assert.equal(settings.nameRetentionDays, 30);
    assert.equal(settings.timeZoneChange, null, 'no new time zone waits');
    assert.equal(settings.eventRetentionDays, 14);
    assert.equal(settings.targetShare, 0.8);
  });

  test('a partial update changes the fields given and keeps the others', async () => {
    const before = await read();
    const { status, body } = await hub.api<CentreSettings>('POST', '/api/settings', { centreName: 'Medborgarservice Tyresö', waitTargetMinutes: 10, targetShare: 0.9, timeZone: 'Europe/London' });
    assert.equal(status, 200, JSON.stringify(body));
    const expected = { ...before, centreName: 'Medborgarservice Tyresö', waitTargetMinutes: 10, targetShare: 0.9, timeZone: 'Europe/London' };
    assert.deepEqual(body, expected);
    assert.deepEqual(await read(), expected, 'stored, not only answered');

    const more = await hub.api<CentreSettings>('POST', '/api/settings', {
      noShowAfterRecalls: 2, transferPlacement: 'first', checkInEarlyMinutes: 20, checkInLateMinutes: 5, publicBaseUrl: 'https://ko.tyreso.se',
    });
    assert.equal(more.status, 200, JSON.stringify(more.body));
    assert.deepEqual(await read(), { ...expected, noShowAfterRecalls: 2, transferPlacement: 'first', checkInEarlyMinutes: 20, checkInLateMinutes: 5, publicBaseUrl: 'https://ko.tyreso.se' });
  });

  test('the follow link on a new ticket starts with the public address, and with the hub’s own once it is cleared', async () => {
    const service = await addService(hub, 'Reception', 'R');
    assert.match((await takeTicket(hub, service.id)).followUrl, /^https:\/\/ko\.tyreso\.se\/t\/[\w-]+$/);
    assert.equal((await hub.api('POST', '/api/settings', { publicBaseUrl: null })).status, 200);
    assert.ok((await takeTicket(hub, service.id)).followUrl.startsWith(`${hub.url}/t/`));
  });

  test('each bad value is refused with a readable reason, and nothing of the request is stored', async () => {
    const cases: [object, RegExp][] = [
      [{ timeZone: 'Europe/Atlantis' }, /timeZone is not a known time zone/],
      [{ waitTargetMinutes: 0 }, /waitTargetMinutes runs from 1 to 480/],
      [{ waitTargetMinutes: 12.5 }, /whole number/],
      [{ targetShare: 0 }, /targetShare is more than 0 and at most 1/],
      [{ targetShare: 80 }, /targetShare is more than 0 and at most 1/],
      [{ targetShare: '0.8' }, /targetShare is a number/],
      [{ noShowAfterRecalls: -1 }, /noShowAfterRecalls is 0 or more/],
      [{ transferPlacement: 'last' }, /transferPlacement is 'keep-arrival' or 'first'/],
      [{ checkInEarlyMinutes: 600 }, /checkInEarlyMinutes runs from 0 to 240/],
      [{ checkInLateMinutes: '15' }, /checkInLateMinutes/],
      [{ publicBaseUrl: 'ftp://ko.tyreso.se' }, /publicBaseUrl is an http or https address/],
      [{ publicBaseUrl: 'javascript:alert(1)' }, /publicBaseUrl is an http or https address/],
      [{ centreName: '   ' }, /centreName must not be empty/],
      [{ backupFolder: 'backups' }, /backupFolder is an absolute path/],
      [{ backupKeep: 0 }, /backupKeep runs from 1 to 365/],
      [{ nameRetentionDays: 3651 }, /nameRetentionDays runs from 1 to 3650/],
      [{ nameRetentionDays: 1.5 }, /nameRetentionDays is a whole number/],
      [{ eventRetentionDays: 0 }, /eventRetentionDays runs from 1 to 365/],
      [{ visitorLanguages: [] }, /visitorLanguages needs at least one language/],
      [{ visitorLanguages: ['sv', 'xx'] }, /visitorLanguages takes the codes .*: sv, en, ar, fa, so, ti, fi, uk, pl, bs$/],
      [{ visitorLanguages: ['sv', 'sv'] }, /each language once/],
      [{ visitorLanguages: 'sv' }, /visitorLanguages takes the codes/],
      [{ surveyIdleSeconds: 60 }, /Unrecognized key/],
      [{}, /at least one setting/],
      // A good value beside a bad one: the good one is not stored either.
      [{ centreName: 'Half saved', timeZone: 'Nowhere' }, /timeZone/],
    ];
    const before = await read();
    for (const [body, reason] of cases) {
      const response = await hub.api('POST', '/api/settings', body);
      assert.equal(response.status, 400, `${JSON.stringify(body)} → ${response.status}`);
      assert.match(response.body.error, reason, JSON.stringify(body));
    }
    assert.equal((await hub.api('POST', '/api/settings', 'not json')).status, 400);
    assert.deepEqual(await read(), before, 'nothing changed');
  });

  test('the visitor languages: chosen and ordered by the centre, listed publicly, and the only ones a ticket may take', async () => {
    const service = await addService(hub, 'Språk', 'S');
    const changed = await hub.api<CentreSettings>('POST', '/api/settings', { visitorLanguages: ['ar', 'sv', 'fi'] });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));

    const { status, body } = await hub.api<LanguagesAnswer>('GET', '/api/languages', undefined, { token: null });
    assert.equal(status, 200, 'public: a kiosk shows its language buttons before anyone signs in');
    assert.deepEqual(body.languages.map((l) => l.code), ['ar', 'sv', 'fi', 'en', 'fa', 'so', 'ti', 'uk', 'pl', 'bs']);
    assert.deepEqual(body.languages.filter((l) => l.enabled).map((l) => l.code), ['ar', 'sv', 'fi']);
    assert.deepEqual(body.languages[0], { code: 'ar', name: 'العربية', dir: 'rtl', enabled: true, draft: true, voice: 'synthesized' });
    assert.deepEqual(body.languages.find((l) => l.code === 'ti'), { code: 'ti', name: 'ትግርኛ', dir: 'ltr', enabled: false, draft: true, voice: 'none' });
    assert.deepEqual(body.languages[1], { code: 'sv', name: 'Svenska', dir: 'ltr', enabled: true, draft: false, voice: 'synthesized' });
    assert.equal(body.timeZone, (await read()).timeZone);

    const arabic = await hub.api<Ticket>('POST', '/api/tickets', { serviceId: service.id, language: 'ar' });
    assert.equal(arabic.status, 201, JSON.stringify(arabic.body));
    assert.equal(arabic.body.language, 'ar');
    assert.equal((await takeTicket(hub, service.id)).language, 'ar', 'no language given: the first the centre offers');
    const issued = (await hub.api<{ seq: number }>('GET', '/api/queue')).body.seq;
    for (const language of ['en', 'xx']) {
      const refused = await hub.api('POST', '/api/tickets', { serviceId: service.id, language });
      assert.equal(refused.status, 400, language);
      assert.match(refused.body.error, language === 'en' ? /this centre offers ar, sv, fi/ : /language/, language);
      assert.equal(refused.body.code, language === 'en' ? 'language-not-offered' : 'invalid-input', language);
    }
    assert.equal((await hub.api<{ seq: number }>('GET', '/api/queue')).body.seq, issued, 'a refused ticket stores nothing');
    assert.equal((await hub.api('POST', '/api/settings', { visitorLanguages: ['sv', 'en'] })).status, 200);
  });

  test('a change is one staff-only settings.updated event carrying the new settings', async () => {
    const display = await hub.pairDevice('display');
    const after = (await hub.api<{ seq: number }>('GET', '/api/queue')).body.seq;
    const staff = await collectEvents(hub.url, after, hub.token);
    const publicScreen = await collectEvents(hub.url, after, display);
    try {
      const { body } = await hub.api<CentreSettings>('POST', '/api/settings', { centreName: 'Kontaktcenter' });
      const [event] = await staff.waitFor(1);
      assert.equal(event?.type, 'settings.updated');
      assert.deepEqual(event?.type === 'settings.updated' && event.settings, body);
      // A ticket after it proves the public stream is live, and that the settings event never reached it.
      await takeTicket(hub, (await addService(hub, 'Kö', 'K')).id);
      const seen = await publicScreen.waitFor(2);
      assert.deepEqual(seen.map((e) => e.type), ['service.created', 'ticket.issued']);
    } finally {
      await staff.close();
      await publicScreen.close();
    }
  });

  test('without the token: 401 for reading and changing, and nothing changes', async () => {
    const before = await read();
    assert.equal((await hub.api('GET', '/api/settings', undefined, { token: null })).status, 401);
    assert.equal((await hub.api('POST', '/api/settings', { centreName: 'Intruder' }, { token: null })).status, 401);
    assert.equal((await hub.api('POST', '/api/settings', { centreName: 'Intruder' }, { token: 'wrong' })).status, 401);
    assert.deepEqual(await read(), before);
  });

  test('openapi.json describes both routes with the settings schema', async () => {
    const { body } = await hub.api('GET', '/api/openapi.json');
    assert.ok(body.paths['/api/settings'].get, 'GET /api/settings');
    const post = body.paths['/api/settings'].post;
    assert.ok(post.requestBody, 'POST /api/settings has a body');
    assert.ok(JSON.stringify(post.requestBody).includes('transferPlacement'));
    assert.ok(post.responses['400'] && post.responses['401']);
  });
});
