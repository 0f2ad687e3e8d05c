import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACCESS_TABLE } from '../../main/api/accessTable.ts';
import { apiRoutes } from '../../main/api/routes/index.ts';
import { createAuthGuards } from '../../main/auth/guards.ts';
import type { HubContext } from '../../main/context.ts';

const routes = apiRoutes({} as HubContext, { guards: createAuthGuards(), setupCode: '' }).map((spec) => `${spec.method} ${spec.url}`);
// Registered by the server itself rather than declared as routes.
const serverOwn = ['GET /api/events', 'GET /api/openapi.json'];

test('every route has a row in the access table, and every row is a route', () => {
  assert.deepEqual(routes.filter((route) => !(route in ACCESS_TABLE)), [], 'routes without roles');
  assert.deepEqual(Object.keys(ACCESS_TABLE).filter((row) => !routes.includes(row) && !serverOwn.includes(row)), [], 'rows for no route');
});

test('devices reach only their own work: a stolen kiosk takes tickets, a display reads, a survey screen answers', () => {
  const reachable = (role: string) =>
    Object.entries(ACCESS_TABLE)
      .filter(([, access]) => access.roles !== 'open' && access.roles.includes(role as never))
      .map(([row]) => row)
      .sort();
  assert.deepEqual(reachable('kiosk'), ['GET /api/events', 'GET /api/services', 'GET /api/speech', 'GET /api/tickets/:id', 'POST /api/appointments/check-in', 'POST /api/tickets']);
  assert.deepEqual(reachable('display'), ['GET /api/desks', 'GET /api/events', 'GET /api/queue', 'GET /api/services', 'GET /api/speech']);
  assert.deepEqual(reachable('survey'), ['GET /api/services', 'GET /api/speech', 'GET /api/survey/ticket/:number', 'POST /api/survey']);
});

test('whatever staff may do, an admin may do too', () => {
  for (const [row, access] of Object.entries(ACCESS_TABLE)) {
    if (access.roles !== 'open' && access.roles.includes('staff')) assert.ok(access.roles.includes('admin'), row);
  }
});
