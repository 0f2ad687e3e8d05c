import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FailureThrottle } from '../../main/auth/failureThrottle.ts';
import { TokenBuckets } from '../../main/auth/tokenBuckets.ts';
import { HashSlots, SlotRefused } from '../../main/auth/hashSlots.ts';
import { readCookie, setCookie } from '../../main/api/cookies.ts';
import { hashSecret, secretMatches } from '../../main/auth/scryptHash.ts';

/** One attempt checked and settled before the next, as a person at a keyboard makes them. */
const wrong = (throttle: FailureThrottle, key: string) => {
  assert.equal(throttle.reserve(key), 0, `${key} may try`);
  throttle.settle(key, 'failed');
};

test('five wrong passwords lock a key for 30 s, the next lock lasts twice as long, up to the ceiling', () => {
  let now = 0;
  const throttle = new FailureThrottle({ triesBeforeLock: 5, lockMs: 30_000, maxLockMs: 100_000 }, () => now);
  for (let i = 0; i < 4; i++) wrong(throttle, 'anna');
  assert.equal(throttle.retryAfterMs('anna'), 0, 'four tries do not lock');
  wrong(throttle, 'anna');
  assert.equal(throttle.reserve('anna'), 30_000);
  assert.equal(throttle.retryAfterMs('bo'), 0, 'another key is not affected');
  now += 30_000;
  assert.equal(throttle.retryAfterMs('anna'), 0);
  for (let i = 0; i < 5; i++) wrong(throttle, 'anna');
  assert.equal(throttle.retryAfterMs('anna'), 60_000, 'doubled');
  now += 60_000;
  for (let i = 0; i < 5; i++) wrong(throttle, 'anna');
  assert.equal(throttle.retryAfterMs('anna'), 100_000, 'capped');
  now += 100_000;
  assert.equal(throttle.reserve('anna'), 0);
  throttle.settle('anna', 'succeeded');
  assert.equal(throttle.retryAfterMs('anna'), 0);
  for (let i = 0; i < 5; i++) wrong(throttle, 'anna');
  assert.equal(throttle.retryAfterMs('anna'), 30_000, 'a success forgot the earlier locks');
});

test('attempts still being checked count as wrong: the sixth of a parallel burst is refused at once', () => {
  const throttle = new FailureThrottle({ triesBeforeLock: 5, lockMs: 30_000 }, () => 0);
  for (let i = 0; i < 5; i++) assert.equal(throttle.reserve('anna'), 0, `attempt ${i + 1} is checked`);
  assert.equal(throttle.reserve('anna'), 30_000, 'the sixth waits as long as the lock five failures would set');
  throttle.settle('anna', 'released');
  assert.equal(throttle.reserve('anna'), 0, 'a released reservation gives its try back');
  for (let i = 0; i < 5; i++) throttle.settle('anna', 'failed');
  assert.equal(throttle.reserve('anna'), 30_000, 'locked once they turn out wrong');
});

test('a right answer among parallel attempts clears the key, and the rest still count', () => {
  const throttle = new FailureThrottle({ triesBeforeLock: 3, lockMs: 1_000 }, () => 0);
  for (let i = 0; i < 3; i++) throttle.reserve('anna');
  throttle.settle('anna', 'succeeded');
  throttle.settle('anna', 'failed');
  throttle.settle('anna', 'failed');
  assert.equal(throttle.reserve('anna'), 0, 'two wrong since the right one');
  assert.equal(throttle.reserve('anna'), 1_000, 'and the pending third uses the last try');
});

test('a flood of distinct keys does not grow the throttle without bound', () => {
  const throttle = new FailureThrottle({ triesBeforeLock: 1, lockMs: 1_000 }, () => 0);
  for (let i = 0; i < 20_000; i++) wrong(throttle, `ip-${i}`);
  assert.equal(throttle.retryAfterMs('ip-19999'), 1_000, 'the newest is kept');
  assert.equal(throttle.retryAfterMs('ip-0'), 0, 'the stalest was forgotten');
});

test('password checks take turns: 2 at once, a bounded wait per caller and in all, callers served in turn', async () => {
  const slots = new HashSlots({ concurrency: 2, waitingPerKey: 2, waiting: 3 });
  const order: string[] = [];
  const gates: (() => void)[] = [];
  const hash = (label: string) => () => new Promise<string>((done) => gates.push(() => done(label))).then((label) => (order.push(label), label));
  const running = [slots.run('flood', hash('f1')), slots.run('flood', hash('f2')), slots.run('flood', hash('f3')), slots.run('flood', hash('f4'))];
  await assert.rejects(slots.run('flood', hash('f5')), (error: SlotRefused) => error.reason === 'caller-busy');
  running.push(slots.run('anna', hash('a1')));
  await assert.rejects(slots.run('bo', hash('b1')), (error: SlotRefused) => error.reason === 'hub-busy');
  assert.equal(gates.length, 2, 'only two hash at once');
  while (gates.length > 0) {
    gates.shift()!();
    await new Promise((tick) => setImmediate(tick));
  }
  await Promise.all(running);
  assert.deepEqual(order, ['f1', 'f2', 'f3', 'a1', 'f4'], 'anna waits behind one of the flood’s, not all of them');
});

test('a kiosk gets a burst of 10 tickets, then one every 3 s', () => {
  let now = 0;
  const buckets = new TokenBuckets({ capacity: 10, refillMs: 3_000 }, () => now);
  for (let i = 0; i < 10; i++) assert.equal(buckets.take('kiosk-1'), 0, `ticket ${i + 1}`);
  assert.equal(buckets.take('kiosk-1'), 3_000);
  assert.equal(buckets.take('kiosk-2'), 0, 'another kiosk has its own bucket');
  now += 1_500;
  assert.equal(buckets.take('kiosk-1'), 1_500, 'half a token is not enough');
  now += 1_500;
  assert.equal(buckets.take('kiosk-1'), 0);
  now += 3_600_000;
  for (let i = 0; i < 10; i++) assert.equal(buckets.take('kiosk-1'), 0);
  assert.ok(buckets.take('kiosk-1') > 0, 'an idle hour refills to the burst, not beyond');
});

test('cookies: the session cookie is HttpOnly and SameSite=Strict, Secure over HTTPS; reading finds the named one', () => {
  assert.equal(setCookie('lotsa_session', 'abc', 60, false), 'lotsa_session=abc; Path=/; Max-Age=60; HttpOnly; SameSite=Strict');
  assert.match(setCookie('lotsa_session', 'abc', 60, true), /; Secure$/);
  assert.equal(readCookie('a=1; lotsa_session=xyz; lotsa_device=d', 'lotsa_session'), 'xyz');
  assert.equal(readCookie('xlotsa_session=no', 'lotsa_session'), undefined);
  assert.equal(readCookie('lotsa_session=', 'lotsa_session'), undefined);
  assert.equal(readCookie(undefined, 'lotsa_session'), undefined);
});

test('passwords: scrypt with its cost recorded; the older cost-less form still verifies', async () => {
  const hash = await hashSecret('correct horse battery', 14);
  assert.match(hash, /^scrypt:14:[\w-]{22}:[\w-]{43}$/);
  assert.equal(await secretMatches('correct horse battery', hash), true);
  assert.equal(await secretMatches('correct horse batterx', hash), false);
  const older = hash.replace('scrypt:14:', 'scrypt:');
  assert.equal(await secretMatches('correct horse battery', older), true, 'N = 2^14 when unrecorded');
  assert.equal(await secretMatches('x', 'plain:x'), false);
});
