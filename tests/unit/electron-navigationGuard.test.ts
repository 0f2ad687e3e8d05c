import assert from 'node:assert/strict';
import { test } from 'node:test';
import { denyNewWindow, isAllowedNavigation } from '../../main/electron/navigationGuard.ts';

const hub = 'http://127.0.0.1:4800';

test('pages of the hub itself are allowed, whatever the path or query', () => {
  assert.equal(isAllowedNavigation('http://127.0.0.1:4800/kiosk', hub), true);
  assert.equal(isAllowedNavigation('http://127.0.0.1:4800/desk?token=abc#queue', hub), true);
});

test('anything that is not exactly the hub origin is denied', () => {
  for (const url of [
    'https://127.0.0.1:4800/kiosk',
    'http://127.0.0.1:4801/kiosk',
    'http://localhost:4800/kiosk',
    'http://127.0.0.1:48000/',
    'http://127.0.0.1:4800@evil.example/',
    'http://127.0.0.1.evil.example:4800/',
    'https://www.google.com/',
    'file:///etc/passwd',
    'data:text/html,<h1>hi</h1>',
    'javascript:alert(1)',
    'about:blank',
    'chrome://settings',
    'not a url',
    '',
  ]) {
    assert.equal(isAllowedNavigation(url, hub), false, url);
  }
});

test('an opaque origin never matches another opaque origin', () => {
  assert.equal(isAllowedNavigation('file:///kiosk', new URL('file:///index.html').origin), false);
});

test('new windows are always denied', () => {
  assert.deepEqual(denyNewWindow(), { action: 'deny' });
});
