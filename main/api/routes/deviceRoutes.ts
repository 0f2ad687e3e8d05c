// Paired screens: an administrator registers a kiosk, display or survey screen and gets a pairing code; the screen
// trades the code for its credential once.
import { z } from 'zod';
import type { HubContext } from '../../context.ts';
import { Device, PairBody, Paired, PairingCode, RegisterDeviceBody } from '../../../common/schemas/auth.ts';
import { ErrorBody, IdParams } from '../../../common/schemas/common.ts';
import { listDevices, pairDevice, registerDevice, renewPairingCode, revokeDevice, PAIRING_MINUTES } from '../../auth/devices.ts';
import { reserveAttempt, settleAttempt, type AuthGuards, type Watcher } from '../../auth/guards.ts';
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS, setCookie } from '../cookies.ts';
import { HttpError, tooManyRequests } from '../httpError.ts';
import { created, NoBody, ok, route, type RouteSpec } from '../route.ts';

export function deviceRoutes(ctx: HubContext, guards: AuthGuards): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/devices',
      summary: 'Every registered screen: waiting to be paired, paired (with when it was last seen) or revoked',
      responses: { 200: z.array(Device) },
      handle: () => ok(listDevices(ctx)),
    }),
    route({
      method: 'POST',
      url: '/api/devices',
      summary: `Register a kiosk, display or survey screen; the answer's pairingCode is entered once on that screen within ${PAIRING_MINUTES} minutes`,
      body: RegisterDeviceBody,
      responses: { 201: PairingCode },
      handle: ({ body }) => created(registerDevice(ctx, body)),
    }),
    route({
      method: 'POST',
      url: '/api/devices/:id/pairing-code',
      summary: 'A new pairing code for a registered screen (a new browser, cleared cookies, or revoked by mistake); its old credential stops working',
      params: IdParams,
      body: NoBody,
      responses: { 201: PairingCode },
      handle: ({ params }) => created(renewPairingCode(ctx, params.id)),
    }),
    route({
      method: 'POST',
      url: '/api/devices/:id/revoke',
      summary: 'Revoke a screen: its credential stops working at once and its event stream is closed',
      params: IdParams,
      body: NoBody,
      responses: { 200: Device },
      handle: ({ params }) => ok(revokeDevice(ctx, params.id)),
    }),
    route({
      method: 'POST',
      url: '/api/devices/pair',
      summary: 'Pair this screen with a code from an administrator; sets the HttpOnly device cookie and also returns the credential for non-browser clients. 429 after repeated wrong codes',
      body: PairBody,
      responses: { 200: Paired, 401: ErrorBody, 429: ErrorBody },
      handle: ({ body, ip, secure }) => {
        const pairing: Watcher = [guards.codes, `pair|${ip}`];
        const waitMs = reserveAttempt(pairing);
        if (waitMs > 0) throw tooManyRequests('too-many-attempts', 'too many wrong pairing codes', waitMs);
        let paired: ReturnType<typeof pairDevice>;
        try {
          paired = pairDevice(ctx, body.pairingCode);
        } catch (error) {
          settleAttempt('released', pairing);
          throw error;
        }
        if (!paired) {
          settleAttempt('failed', pairing);
          throw new HttpError(401, 'pairing-code-invalid', 'that pairing code is unknown, already used or expired: ask an administrator for a new one');
        }
        settleAttempt('succeeded', pairing);
        return { ...ok(paired), cookies: [setCookie(DEVICE_COOKIE, paired.credential, DEVICE_COOKIE_MAX_AGE_SECONDS, secure)] };
      },
    }),
  ];
}
