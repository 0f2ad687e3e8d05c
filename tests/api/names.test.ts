// Names in every visitor language through the API: services, desks, outcomes and the centre take translations beside their
// default name, on creation and afterwards; every answer that carries the entity carries them; the survey's
// questions come in the asked language with the language they are in; an unknown language or a name that would not
// read as one is refused with nothing stored.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { callNext } from '../helpers/centre.ts';
import type { Service } from '../../common/schemas/services.ts';
import type { Desk, DeskDetail } from '../../common/schemas/desks.ts';
import type { CentreSettings } from '../../common/schemas/settings.ts';
import type { FollowView, Ticket } from '../../common/schemas/tickets.ts';
import type { SurveyConfig, SurveyQuestions } from '../../common/schemas/survey.ts';
import type { LanguagesAnswer } from '../../common/schemas/languages.ts';

describe('names per language', () => {
  let hub: RunningHub;
  before(async () => {
    hub = await startHub();
  });
  after(() => hub?.stop());

  test('a service and a desk are created with names, renamed per language, and read back everywhere they appear', async () => {
    const made = await hub.api<Service>('POST', '/api/services', { name: 'Bygglov', prefix: 'B', names: { en: ' Building  permits ', ar: 'تراخيص البناء' } });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.deepEqual(made.body.names, { en: 'Building permits', ar: 'تراخيص البناء' }, 'cleaned like every name');
    const desk = await hub.api<Desk>('POST', '/api/desks', { name: 'Disk 1', serviceIds: [made.body.id] });
    assert.deepEqual(desk.body.names, {}, 'a desk without translations has none');

    const renamed = await hub.api<Service>('POST', `/api/services/${made.body.id}/names`, { names: { fa: 'پروانه ساختمان', en: 'Building permits' } });
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
    assert.deepEqual(renamed.body.names, { fa: 'پروانه ساختمان', en: 'Building permits' }, 'the names are replaced whole: Arabic is gone');
    const deskRenamed = await hub.api<DeskDetail>('POST', `/api/desks/${desk.body.id}/names`, { names: { ar: 'المكتب 1' } });
    assert.equal(deskRenamed.status, 200);
    assert.deepEqual(deskRenamed.body.names, { ar: 'المكتب 1' });

    assert.deepEqual((await hub.api<Service[]>('GET', '/api/services')).body[0]!.names, { fa: 'پروانه ساختمان', en: 'Building permits' });
    assert.deepEqual((await hub.api<Desk[]>('GET', '/api/desks')).body[0]!.names, { ar: 'المكتب 1' });
    const ticket = (await hub.api<Ticket>('POST', '/api/tickets', { serviceId: made.body.id })).body;
    await callNext(hub, desk.body.id);
    const followed = await hub.api<FollowView>('GET', `/api/follow/${new URL(ticket.followUrl).pathname.slice(3)}`, undefined, { token: null });
    assert.equal(followed.body.serviceNames.fa, 'پروانه ساختمان');
    assert.deepEqual([followed.body.deskName, followed.body.deskNames], ['Disk 1', { ar: 'المكتب 1' }]);

    const settings = `/api/services/${made.body.id}/settings`;
    const outcomes = await hub.api('POST', settings, { outcomes: ['Klart', 'Hänvisad'], outcomeNames: { Klart: { en: 'Resolved' } } });
    assert.deepEqual([outcomes.status, outcomes.body.outcomeNames], [200, { Klart: { en: 'Resolved' } }]);
    const removed = await hub.api('POST', settings, { outcomes: ['Hänvisad'] });
    assert.deepEqual(removed.body.outcomeNames, {}, 'a removed outcome takes its translations with it');
    const stray = await hub.api('POST', settings, { outcomeNames: { Klart: { en: 'Resolved' } } });
    assert.deepEqual([stray.status, stray.body.code], [400, 'unknown-outcome']);
  });

  test('an unknown language code or a name that would not read is refused, naming the field; nothing changes', async () => {
    const service = (await hub.api<Service[]>('GET', '/api/services')).body[0]!;
    const desk = (await hub.api<Desk[]>('GET', '/api/desks')).body[0]!;
    for (const [path, body, code] of [
      ['/api/services', { name: 'Pass', prefix: 'P', names: { xx: 'Passport' } }, 'unknown-language'],
      [`/api/services/${service.id}/names`, { names: { de: 'Baugenehmigung' } }, 'unknown-language'],
      [`/api/services/${service.id}/names`, { names: { ar: 'تراخيص\u200B' } }, 'text-invisible-character'],
      [`/api/desks/${desk.id}/names`, { names: { en: '   ' } }, 'text-empty'],
      [`/api/desks/${desk.id}/names`, { names: { en: 'x'.repeat(41) } }, 'invalid-input'],
      ['/api/settings', { centreNames: { klingon: 'Lotsa' } }, 'unknown-language'],
    ] as const) {
      const refused = await hub.api('POST', path, body);
      assert.equal(refused.status, 400, `${path} ${JSON.stringify(body)}`);
      assert.equal(refused.body.code, code, JSON.stringify(refused.body));
    }
    assert.match((await hub.api('POST', `/api/services/${service.id}/names`, { names: { de: 'x' } })).body.error, /"de" is not a language/);
    assert.deepEqual((await hub.api<Service[]>('GET', '/api/services')).body.map((s) => [s.name, s.names]), [[service.name, service.names]], 'nothing stored');
    assert.equal((await hub.api('POST', `/api/services/${service.id}/names`, { names: {} }, { token: null })).status, 401);
    assert.equal((await hub.api('POST', '/api/services/999/names', { names: {} })).status, 404);
  });

  test("the centre's name per language and the language the default names are written in", async () => {
    const saved = await hub.api<CentreSettings>('POST', '/api/settings', { centreNames: { ar: 'مركز خدمة المواطنين' }, nameLanguage: 'en' });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.deepEqual([saved.body.centreNames, saved.body.nameLanguage], [{ ar: 'مركز خدمة المواطنين' }, 'en']);
    assert.equal((await hub.api<LanguagesAnswer>('GET', '/api/languages', undefined, { token: null })).body.nameLanguage, 'en', 'screens learn it before sign-in');
    assert.equal((await hub.api('POST', '/api/settings', { nameLanguage: 'xx' })).status, 400);
    await hub.api('POST', '/api/settings', { nameLanguage: 'sv' });
  });

  test('the default questions come in all ten languages; an own question takes a wording per language, else its default, marked', async () => {
    const tigrinya = (await hub.api<SurveyQuestions>('GET', '/api/survey/questions?lang=ti')).body.questions[0]!;
    assert.deepEqual(tigrinya, { id: 1, text: 'ብሓፈሻ፣ ብብጽሖትኩም ክሳብ ክንደይ ዕጉባት ኢኹም?', lang: 'ti' });

    const config = (await hub.api<SurveyConfig>('GET', '/api/survey/config')).body;
    const own = { sv: 'Fick du parkera?', en: 'Could you park?', ar: 'هل وجدت موقفا؟' };
    const questions = config.questions.map((q) => (q.id === 5 ? { ...q, texts: own } : q));
    const saved = await hub.api<SurveyConfig>('POST', '/api/survey/config', { idleResetSeconds: config.idleResetSeconds, questions });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.deepEqual(saved.body.questions.find((q) => q.id === 5)!.texts, own);
    const asked = async (lang: string) => (await hub.api<SurveyQuestions>('GET', `/api/survey/questions?lang=${lang}`)).body.questions.find((q) => q.id === 5);
    assert.deepEqual(await asked('ar'), { id: 5, text: 'هل وجدت موقفا؟', lang: 'ar' });
    assert.deepEqual(await asked('pl'), { id: 5, text: 'Fick du parkera?', lang: 'sv' }, 'not translated: the default wording, in Swedish');
    assert.equal((await hub.api<SurveyQuestions>('GET', '/api/survey/questions?lang=pl')).body.questions[0]!.lang, 'pl', 'the product questions stay Polish');

    const unknown = await hub.api('POST', '/api/survey/config', { idleResetSeconds: 60, questions: questions.map((q) => ({ ...q, texts: { ...q.texts, zz: 'x' } })) });
    assert.deepEqual([unknown.status, unknown.body.code], [400, 'unknown-language']);
  });
});
