import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FailureThrottle } from '../../main/auth/failureThrottle.ts';
import { TokenBuckets } from '../../main/auth/tokenBuckets.ts';
import { readCookie, setCookie } from '../../main/api/cookies.ts';
import { hashSecret, secretMatches } from '../../main/auth/scryptHash.ts';

test('five wrong passwords lock a key for 30 s, the next lock lasts twice as long, up to the ceiling', () => {
  let now = 0;
  const throttle = new FailureThrottle({ triesBeforeLock: 5, lockMs: 30_000, maxLockMs: 100_000 }, () => now);
  for (let i = 0; i < 4; i++) throttle.failed('anna');
  assert.equal(throttle.retryAfterMs('anna'), 0, 'four tries do not lock');
  throttle.failed('anna');
  assert.equal(throttle.retryAfterMs('anna'), 30_000);
  assert.equal(throttle.retryAfterMs('bo'), 0, 'another key is not affected');
  now += 30_000;
  assert.equal(throttle.retryAfterMs('anna'), 0);
  for (let i = 0; i < 5; i++) throttle.failed('anna');
  assert.equal(throttle.retryAfterMs('anna'), 60_000, 'doubled');
  now += 60_000;
  for (let i = 0; i < 5; i++) throttle.failed('anna');
  assert.equal(throttle.retryAfterMs('anna'), 100_000, 'capped');
  throttle.succeeded('anna');
  assert.equal(throttle.retryAfterMs('anna'), 0, 'a success clears the record');
});

test('a flood of distinct keys does not grow the throttle without bound', () => {
  const throttle = new FailureThrottle({ triesBeforeLock: 1, lockMs: 1_000 }, () => 0);
  for (let i = 0; i < 20_000; i++) throttle.failed(`ip-${i}`);
  assert.equal(throttle.retryAfterMs('ip-19999'), 1_000, 'the newest is kept');
  assert.equal(throttle.retryAfterMs('ip-0'), 0, 'the stalest was forgotten');
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
