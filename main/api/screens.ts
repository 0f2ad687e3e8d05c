// The hub serves the built screens: /kiosk, /display, /desk, /guide, /survey, /admin, their shared /assets, the display's
// /voice clips and the API's interactive documentation at /api/docs. A hub started before the screens were built says so instead of answering a bare 404.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { clipFile } from '../voicePacks.ts';

export const SCREENS = ['kiosk', 'display', 'desk', 'guide', 'survey', 'admin'] as const;
export type ScreenName = (typeof SCREENS)[number];

/**
 * The display's announcement clips: a centre's voice pack first (main/voicePacks.ts), then the built-in ones
 * (public/voice/, copied by Vite). Revalidated on every play rather than cached for a day, so a recording the centre
 * drops into its pack is heard on the next call; the answer is then a 304 of a few bytes.
 */
function serveVoice(app: FastifyInstance, builtIn: string, packs: string | null): void {
  app.get('/voice/*', async (request, reply) => {
    const file = clipFile(packs, builtIn, (request.params as { '*': string })['*']);
    if (!file) return reply.code(404).type('text/plain; charset=utf-8').send('No such clip');
    const { size, mtimeMs } = statSync(file);
    const etag = `"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}"`;
    reply.header('cache-control', 'no-cache').header('etag', etag);
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.type('audio/ogg').send(readFileSync(file));
  });
}

/** The screens' shared, content-hashed scripts and styles under /assets (the hub and the central service alike). */
export async function serveAssets(app: FastifyInstance, screensDir: string): Promise<void> {
  const assets = join(screensDir, 'assets');
  if (existsSync(assets)) {
    await app.register(fastifyStatic, { root: assets, prefix: '/assets/', immutable: true, maxAge: '365d' });
  }
}

/** One built screen's page; a screen not built yet says how to build it. */
export const pageOf = (screensDir: string, screen: string) => async (_request: unknown, reply: FastifyReply) => {
  const page = join(screensDir, screen, 'index.html');
  if (!existsSync(page)) {
    return reply.code(503).type('text/plain; charset=utf-8').send(`The ${screen} screen has not been built. Run "npm run build" and reload.`);
  }
  return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(readFileSync(page));
};

export async function serveScreens(app: FastifyInstance, screensDir: string, voicePacks: string | null): Promise<void> {
  await serveAssets(app, screensDir);
  serveVoice(app, join(screensDir, 'voice'), voicePacks);
  const servePage = (screen: string) => pageOf(screensDir, screen);
  for (const screen of SCREENS) app.get(`/${screen}`, servePage(screen));
  // The visitor's follow page (the QR code on the ticket): the page reads its token from the path.
  app.get('/t/:token', servePage('follow'));
  app.get('/api/docs', servePage('apidocs'));
  app.get('/', async (_request, reply) => reply.redirect('/admin'));
}
