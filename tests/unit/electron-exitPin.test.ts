import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EXIT_PIN_HASH, exitGate, exitPinMatches, hashExitPin } from '../../main/electron/exitPin.ts';

test('the stored hash matches its PIN and no other, and never contains the PIN', async () => {
  const hash = await hashExitPin('4711');
  assert.match(hash, EXIT_PIN_HASH);
  assert.ok(!hash.includes('4711'));
  assert.equal(await exitPinMatches('4711', hash), true);
  for (const wrong of ['4712', '471', '47110', '', ' 4711']) assert.equal(await exitPinMatches(wrong, hash), false, wrong);
});

test('two hashes of one PIN differ (salted), and both match', async () => {
  const [a, b] = [await hashExitPin('2580'), await hashExitPin('2580')];
  assert.notEqual(a, b);
  assert.equal(await exitPinMatches('2580', b), true);
});

test('a PIN shorter than four characters is refused when hashing', async () => {
  await assert.rejects(hashExitPin('123'), /at least 4 characters/);
});

test('a malformed stored hash never matches', async () => {
  assert.equal(await exitPinMatches('4711', 'plain:4711'), false);
});

test('five wrong PINs lock the exit for five minutes, even against the right PIN', async () => {
  const hash = await hashExitPin('4711');
  let now = 0;
  const tryPin = exitGate(hash, undefined, () => now);
  for (let i = 0; i < 4; i++) assert.equal(await tryPin('0000'), false);
  assert.equal(await tryPin('4711'), true, 'four wrong tries do not lock');
  for (let i = 0; i < 5; i++) assert.equal(await tryPin('0000'), false);
  assert.equal(await tryPin('4711'), false, 'locked');
  now += 5 * 60_000 - 1;
  assert.equal(await tryPin('4711'), false, 'still locked a moment before five minutes');
  now += 1;
  assert.equal(await tryPin('4711'), true, 'open again after five minutes');
});
