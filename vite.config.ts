// One multi-page build for every screen. The hub serves each screen's index.html under /<screen> and the shared
// chunks under /assets, with a strict CSP: so no inline script or style may end up in the output.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const screens = ['kiosk', 'display', 'desk', 'guide', 'survey', 'admin', 'follow', 'apidocs', 'central'] as const;

export default defineConfig({
  base: '/',
  // Preact through the automatic JSX runtime; Vite 8 transforms with oxc, so no Preact plugin is needed.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist/screens',
    emptyOutDir: true,
    // Small assets would otherwise be inlined as data: URLs; keeping every asset a file keeps the CSP simple.
    assetsInlineLimit: 0,
    // Swagger UI (the /api/docs page) is one 1.5 MB chunk, loaded by nobody but an integrator reading the docs.
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: Object.fromEntries(screens.map((screen) => [screen, resolve(import.meta.dirname, screen, 'index.html')])),
    },
  },
});
