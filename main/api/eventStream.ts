// GET /api/events?after=SEQ as a WebSocket: first every stored event after SEQ, in order, then each new one as it
// commits (main/events/eventFeed.ts: replay in pages, the resync message, the switch to live delivery); without
// `after`, from now on.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import type { HubContext } from '../context.ts';
import { EventsQuery, STAFF_ONLY_EVENT_TYPES, type HubEventType } from '../../common/schemas/events.ts';
import { parseInput } from './validate.ts';
import { authorise, checkOrigin } from './access.ts';
import { accessOf } from './accessTable.ts';
import { HttpError } from './httpError.ts';
import { hasRole, type Principal } from './principal.ts';
import { openFeed } from '../events/eventFeed.ts';
import type { streamCounter } from './serverLimits.ts';

type StreamCounter = ReturnType<typeof streamCounter>;

const PING_EVERY_MS = 20_000;
/** A WebSocket close code in the application range: the credential was revoked or the session ended. */
const CLOSE_UNAUTHORISED = 4401;
/** Events after which an open stream checks that its credential still holds, so a revoked screen goes dark at once. */
const ACCESS_CHANGES: readonly HubEventType[] = ['device.revoked', 'device.registered', 'user.updated'];

export function registerEventStream(app: FastifyInstance, ctx: HubContext, whoIs: (request: FastifyRequest) => Principal, streams: StreamCounter): void {
  const access = accessOf('GET', '/api/events');
  // Only a refusal closes the stream; a database that cannot answer this moment is no reason to drop a display.
  const stillAllowed = (request: FastifyRequest) => {
    try {
      authorise(access, whoIs(request));
      return true;
    } catch (error) {
      return !(error instanceof HttpError);
    }
  };
  app.route({
    method: 'GET',
    url: '/api/events',
    // Rejected before the upgrade, so a bad request gets a plain 4xx with a readable message. A page on another
    // site cannot open the stream with this browser's cookies.
    preValidation: async (request) => {
      checkOrigin(request);
      parseInput(EventsQuery, request.query, 'query');
      authorise(access, whoIs(request));
      if (streams.full(request.ip)) {
        throw new HttpError(429, 'too-many-streams', `this address has ${streams.max} event streams open already (the hub's --max-streams-per-address); close one, or raise the limit`, { retryAfterSeconds: 30 });
      }
    },
    handler: async (_request, reply) =>
      reply.code(426).header('upgrade', 'websocket').send({ error: 'this is a WebSocket endpoint: open it with a WebSocket client', code: 'websocket-only' }),
    wsHandler: (socket: WebSocket, request) => {
      const release = streams.hold(request.ip);
      socket.on('close', release);
      const { after } = EventsQuery.parse(request.query);
      // A device (the wall display, a kiosk) never receives a staff-only event: the silent alarm leaves no sign in
      // public. Such a connection sees a gap in seq, which clients accept.
      const staff = hasRole(whoIs(request), 'staff', 'admin');
      const closeUnlessAllowed = () => {
        if (stillAllowed(request)) return true;
        socket.close(CLOSE_UNAUTHORISED, 'credential no longer valid');
        return false;
      };
      const feed = openFeed(ctx.events, after, {
        sees: (type) => (!ACCESS_CHANGES.includes(type) || closeUnlessAllowed()) && (staff || !STAFF_ONLY_EVENT_TYPES.includes(type)),
        // A socket that is closing takes nothing more, and its replay stops here.
        send: (json, flushed) => {
          if (socket.readyState === socket.OPEN) socket.send(json, (error) => !error && flushed?.());
        },
        backlogBytes: () => socket.bufferedAmount,
        fellBehind: () => socket.terminate(),
      });
      // Pings find sockets whose network went away silently (a display unplugged), so they stop holding memory.
      let alive = true;
      socket.on('pong', () => (alive = true));
      // Each ping also rechecks the credential, so a session that expired mid-stream ends within one period.
      const ping = setInterval(() => {
        if (!alive) return socket.terminate();
        if (!closeUnlessAllowed()) return;
        alive = false;
        socket.ping();
      }, PING_EVERY_MS);
      socket.on('close', () => {
        clearInterval(ping);
        feed.stop();
      });
      socket.on('message', () => {
        // The stream is one-way; anything a client sends is ignored.
      });
    },
  });
}
