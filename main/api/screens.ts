// The hub serves the built screens: /kiosk, /display, /desk, /guide, /survey, /admin, their shared /assets, the display's
// /voice clips and the API's interactive documentation at /api/docs. A hub started before the screens were built says so instead of answering a bare 404.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';

export const SCREENS = ['kiosk', 'display', 'desk', 'guide', 'survey', 'admin'] as const;
export type ScreenName = (typeof SCREENS)[number];

export async function serveScreens(app: FastifyInstance, screensDir: string): Promise<void> {
  const assets = join(screensDir, 'assets');
  if (existsSync(assets)) {
    await app.register(fastifyStatic, { root: assets, prefix: '/assets/', immutable: true, maxAge: '365d' });
  }
  // The display's announcement clips (public/voice/, copied by Vite): plain names, so a new recording replaces the
  // old one after a day rather than a year; decorateReply: false because /assets above already decorated the reply.
  const voice = join(screensDir, 'voice');
  if (existsSync(voice)) {
    await app.register(fastifyStatic, { root: voice, prefix: '/voice/', maxAge: '1d', decorateReply: false });
  }
  const servePage = (screen: string) => async (_request: unknown, reply: FastifyReply) => {
    const page = join(screensDir, screen, 'index.html');
    if (!existsSync(page)) {
      return reply.code(503).type('text/plain; charset=utf-8').send(`The ${screen} screen has not been built. Run "npm run build" and reload.`);
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(readFileSync(page));
  };
  for (const screen of SCREENS) app.get(`/${screen}`, servePage(screen));
  // The visitor's follow page (the QR code on the ticket): the page reads its token from the path.
  app.get('/t/:token', servePage('follow'));
  app.get('/api/docs', servePage('apidocs'));
  app.get('/', async (_request, reply) => reply.redirect('/admin'));
}
