// GET /api/events?after=SEQ as a WebSocket: first every stored event after SEQ, in order, then each new one as it
// commits. Replay and subscription happen in the same tick of the one-threaded hub, so nothing falls in between.
import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import type { HubContext } from '../context.ts';
import { EventsQuery, STAFF_ONLY_EVENT_TYPES, type HubEvent } from '../../common/schemas/events.ts';
import { parseInput } from './validate.ts';
import { authorise, hasStaffRights } from './access.ts';

const REPLAY_PAGE = 1000;
const PING_EVERY_MS = 20_000;

export function registerEventStream(app: FastifyInstance, ctx: HubContext, apiToken: string): void {
  app.route({
    method: 'GET',
    url: '/api/events',
    // Rejected before the upgrade, so a bad request gets a plain 4xx with a readable message.
    preValidation: async (request) => {
      parseInput(EventsQuery, request.query, 'query');
      authorise('open', request, apiToken);
    },
    handler: async (_request, reply) =>
      reply.code(426).header('upgrade', 'websocket').send({ error: 'this is a WebSocket endpoint: open it with a WebSocket client' }),
    wsHandler: (socket: WebSocket, request) => {
      const { after } = EventsQuery.parse(request.query);
      // A connection without the staff token (the wall display, a phone) never receives a staff-only event: the
      // silent alarm leaves no sign in public. Such a connection sees a gap in seq, which clients accept.
      const staff = hasStaffRights(request, apiToken);
      const send = (event: HubEvent) => {
        if (staff || !STAFF_ONLY_EVENT_TYPES.includes(event.type)) socket.send(JSON.stringify(event));
      };
      let last = after;
      for (let page = ctx.events.since(last, REPLAY_PAGE); page.length > 0; page = ctx.events.since(last, REPLAY_PAGE)) {
        for (const event of page) send(event);
        last = page[page.length - 1]!.seq;
      }
      const unsubscribe = ctx.events.subscribe((event) => {
        if (event.seq > last && socket.readyState === socket.OPEN) {
          last = event.seq;
          send(event);
        }
      });
      // Pings find sockets whose network went away silently (a display unplugged), so they stop holding memory.
      let alive = true;
      socket.on('pong', () => (alive = true));
      const ping = setInterval(() => {
        if (!alive) return socket.terminate();
        alive = false;
        socket.ping();
      }, PING_EVERY_MS);
      socket.on('close', () => {
        clearInterval(ping);
        unsubscribe();
      });
      socket.on('message', () => {
        // The stream is one-way; anything a client sends is ignored.
      });
    },
  });
}
