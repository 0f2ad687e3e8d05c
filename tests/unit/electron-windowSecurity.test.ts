import assert from 'node:assert/strict';
import { test } from 'node:test';
import { screenNames } from '../../main/electron/screenConfig.ts';
import { secureWebPreferences } from '../../main/electron/windowSecurity.ts';

for (const screen of screenNames) {
  test(`the ${screen} window is isolated from Node and the file system`, () => {
    const prefs = secureWebPreferences(screen, { devTools: false });
    assert.equal(prefs.contextIsolation, true);
    assert.equal(prefs.sandbox, true);
    assert.equal(prefs.nodeIntegration, false);
    assert.equal(prefs.nodeIntegrationInWorker, false);
    assert.equal(prefs.nodeIntegrationInSubFrames, false);
    assert.equal(prefs.webSecurity, true);
    assert.equal(prefs.allowRunningInsecureContent, false);
    assert.equal(prefs.webviewTag, false);
    assert.equal(prefs.spellcheck, false);
    assert.equal(prefs.devTools, false);
    assert.equal(prefs.preload, undefined, 'no preload unless the shell gives the exit bridge');
  });
}

test('only the display may play its chime without a tap', () => {
  const policies = Object.fromEntries(screenNames.map((s) => [s, secureWebPreferences(s, { devTools: false }).autoplayPolicy]));
  assert.deepEqual(policies, {
    kiosk: 'user-gesture-required',
    display: 'no-user-gesture-required',
    survey: 'user-gesture-required',
    desk: 'user-gesture-required',
    admin: 'user-gesture-required',
  });
});

test('developer tools come only with the dev flag', () => {
  assert.equal(secureWebPreferences('kiosk', { devTools: true }).devTools, true);
});

test('the exit bridge preload is added without loosening anything else', () => {
  const prefs = secureWebPreferences('kiosk', { devTools: false, preload: '/app/dist/electron/preload.cjs' });
  assert.deepEqual(prefs, { ...secureWebPreferences('kiosk', { devTools: false }), preload: '/app/dist/electron/preload.cjs' });
});
