// A centre corrects a visitor text through the API as an administrator would: download a language's CSV, change a
// line in it as a translator would in a spreadsheet, upload it, and the screens' texts change at once (the public
// overrides and the stream's translations.changed), survive a restart, and a bad file changes nothing.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { collectEvents } from '../helpers/events.ts';
import { makeDataDir, removeDataDir } from '../helpers/dataDir.ts';
import { parseCsv, toCsv } from '../../common/text/csv.ts';
import { en } from '../../common/i18n/en.ts';
import { VISITOR_KEYS } from '../../common/i18n/visitorKeys.ts';
import type { TranslationOverrides, TranslationsAnswer } from '../../common/schemas/translations.ts';
import type { PrinterView } from '../../common/schemas/printer.ts';

describe('correcting a translation', () => {
  let hub: RunningHub;
  const dataDir = makeDataDir();
  const admin = () => ({ authorization: `Bearer ${hub.token}` });
  const download = async (lang: string) => {
    const response = await hub.fetch(`/api/translations/${lang}.csv`, { headers: admin() });
    assert.equal(response.status, 200);
    return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
  };
  const upload = (lang: string, csv: string, token: string | null = hub.token) =>
    hub.fetch(`/api/translations/${lang}`, { method: 'POST', headers: { 'content-type': 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: csv });
  const overrides = async (lang: string) => (await hub.api<TranslationOverrides>('GET', `/api/translations/${lang}`, undefined, { token: null })).body.messages;

  before(async () => {
    hub = await startHub({ dataDir });
  });
  after(async () => {
    await hub?.stop();
    removeDataDir(dataDir);
  });

  test('the CSV opens right in a spreadsheet: BOM, CRLF, every visitor text with its English, a file name', async () => {
    const { response, bytes } = await download('sv');
    assert.match(response.headers.get('content-type')!, /^text\/csv; charset=utf-8/);
    assert.match(response.headers.get('content-disposition')!, /filename="lotsa-sv.csv"/);
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    assert.ok(text.includes('\r\n') && !/[^\r]\n/.test(text), 'CRLF rows only');
    const rows = parseCsv(text).map((r) => r.cells);
    assert.deepEqual(rows[0], ['key', 'English', 'Svenska (sv)']);
    assert.deepEqual(rows.slice(1).map((r) => r[0]), VISITOR_KEYS, 'the visitor texts and nothing staff-only');
    assert.deepEqual(rows.find((r) => r[0] === 'kiosk.title'), ['kiosk.title', en['kiosk.title'], 'Ta en kölapp']);
    const anonymous = await hub.fetch('/api/translations/sv.csv');
    assert.equal(anonymous.status, 401, 'administrators only');
  });

  test('export, correct a line, import: the kiosk shows the new text at once and after a restart, and the printed ticket has it', async () => {
    const screens = await collectEvents(hub.url, undefined, await hub.pairDevice('display'));
    const { bytes } = await download('sv');
    const text = new TextDecoder().decode(bytes);
    const edited = text.replace(/^kiosk\.title,([^,]*),.*$/m, 'kiosk.title,$1,Ta en nummerlapp');
    assert.notEqual(edited, text);
    const answer = await upload('sv', edited);
    assert.equal(answer.status, 200);
    assert.deepEqual(await answer.json(), { lang: 'sv', changed: 1, overridden: 1 });
    assert.deepEqual(await overrides('sv'), { 'kiosk.title': 'Ta en nummerlapp' }, 'what every kiosk lays over its catalogue');
    const [event] = await screens.waitFor(1);
    assert.equal(event!.type, 'translations.changed', 'public screens hear it and re-read');
    assert.deepEqual({ lang: (event as { lang: string }).lang, overridden: (event as { overridden: number }).overridden }, { lang: 'sv', overridden: 1 });
    await screens.close();

    const again = parseCsv(new TextDecoder().decode((await download('sv')).bytes)).find((r) => r.cells[0] === 'kiosk.title');
    assert.equal(again!.cells[2], 'Ta en nummerlapp', 'the next export shows what the screens show');
    const list = (await hub.api<TranslationsAnswer>('GET', '/api/translations')).body.languages;
    assert.deepEqual(list.find((l) => l.code === 'sv'), { code: 'sv', name: 'Svenska', enabled: true, draft: false, visitorTexts: VISITOR_KEYS.length, overridden: 1 });
    assert.equal(list.find((l) => l.code === 'ar')!.draft, true, 'a draft stays a draft');

    await hub.stop();
    hub = await startHub({ dataDir });
    assert.deepEqual(await overrides('sv'), { 'kiosk.title': 'Ta en nummerlapp' }, 'kept in the database, not in the shipped catalogue');

    // The printed ticket is a visitor text too: the virtual printer's preview is the bytes read back.
    assert.equal((await upload('sv', toCsv(['key', 'English', 'sv'], [['ticket.keep', '', 'Spara lappen tills du blir uppropad.']]))).status, 200);
    const service = await hub.api<{ id: number }>('POST', '/api/services', { name: 'Bygglov', prefix: 'B' });
    assert.equal((await hub.api('POST', '/api/tickets', { serviceId: service.body.id, language: 'sv' })).status, 201);
    const printed = (await hub.api<PrinterView>('GET', '/api/printer')).body.printouts[0]!.preview.flatMap((item) => (item.kind === 'text' ? [item.text] : []));
    assert.ok(printed.includes('Spara lappen tills du blir uppropad.'), printed.join(' | '));

    const cleared = await upload('sv', toCsv(['key', 'English', 'sv'], [['kiosk.title', '', ''], ['ticket.keep', '', '']]));
    assert.deepEqual(await cleared.json(), { lang: 'sv', changed: 2, overridden: 0 });
    assert.deepEqual(await overrides('sv'), {}, 'an empty cell gives the shipped text back');
  });

  test('each bad file is refused whole with a 400 naming its line, and nothing is stored', async () => {
    const good = ['kiosk.title', '', 'Ta en nummerlapp'];
    const cases: [string, string[], RegExp][] = [
      ['unknown key', ['kiosk.nonsense', '', 'x'], /line 3: unknown key "kiosk\.nonsense"/],
      ['staff-only key', ['admin.title', '', 'x'], /line 3: "admin\.title" is not a visitor text/],
      ['renamed placeholder', ['kiosk.ahead', '', '{antal, plural, one {# person} other {# personer}}'], /line 3: kiosk\.ahead: placeholder \{count\} is missing, and \{antal\}/],
      ['missing placeholder', ['kiosk.estimate', '', 'ungefär några minuter'], /line 3: kiosk\.estimate: placeholder \{minutes\} is missing/],
      ['malformed ICU', ['kiosk.ahead', '', '{count, plural, one {# person} other {# personer}'], /line 3: kiosk\.ahead: not a valid ICU message/],
    ];
    for (const [what, bad, message] of cases) {
      const response = await upload('sv', toCsv(['key', 'English', 'Svenska (sv)'], [good, bad]));
      assert.equal(response.status, 400, what);
      const body = (await response.json()) as { error: string; code: string };
      assert.equal(body.code, 'translation-invalid', what);
      assert.match(body.error, message, what);
      assert.deepEqual(await overrides('sv'), {}, `${what}: not even the good line is stored`);
    }
    const wrongLanguage = await upload('ar', toCsv(['key', 'English', 'Svenska (sv)'], [good]));
    assert.match(((await wrongLanguage.json()) as { error: string }).error, /line 1: this file is for "Svenska \(sv\)"/);
    const notAdmin = await upload('sv', toCsv(['key', 'English', 'sv'], [good]), await hub.pairDevice('kiosk'));
    assert.equal(notAdmin.status, 403);
    const json = await hub.fetch('/api/settings', { method: 'POST', headers: { 'content-type': 'text/csv', ...admin() }, body: 'a,b' });
    assert.equal(json.status, 415, 'CSV only where a route takes it');
    assert.deepEqual(await overrides('sv'), {});
  });
});
