// Where `npm run build` puts the screens, for the entry points run from the source tree (serve, start). The Electron
// bundle has no source layout and passes its own app folder instead.
import { resolve } from 'node:path';

export const BUILT_SCREENS_DIR = resolve(import.meta.dirname, '..', 'dist', 'screens');
