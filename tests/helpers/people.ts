// Signing people in through the public API, and requests that carry what a browser would: a cookie, an Origin.
import assert from 'node:assert/strict';
import type { RunningHub } from './hub.ts';
import { answerChecker } from './contract.ts';

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export async function send<T = any>(hubUrl: string, method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer<T>> {
  const response = await fetch(hubUrl + path, {
    method,
    headers: { ...(options.body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  (await answerChecker(hubUrl)).check(method, path, response.status, response.headers.get('content-type'), text);
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  return { status: response.status, body: body as T, headers: response.headers };
}

/** The `name=value` part of a Set-Cookie answer, as a browser would send it back. */
export function cookieFrom(answer: Answer, name: string): string {
  const line = answer.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));
  assert.ok(line, `no ${name} cookie in ${JSON.stringify(answer.headers.getSetCookie())}`);
  return line.split(';')[0]!;
}

export const PASSWORD = 'a long enough password';

/** Creates an account with the API token (as an admin would) and signs it in: the session cookie to send. */
export async function signIn(hub: RunningHub, role: 'admin' | 'staff', username = `${role}-${Math.random().toString(36).slice(2, 8)}`): Promise<string> {
  const created = await hub.api('POST', '/api/users', { username, password: PASSWORD, role });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const login = await send(hub.url, 'POST', '/api/auth/login', { body: { username, password: PASSWORD } });
  assert.equal(login.status, 200, JSON.stringify(login.body));
  return cookieFrom(login, 'lotsa_session');
}
