// The preload of the visitor screens when an exit PIN is configured: it exposes exactly one function, so a page
// gains no other way into the shell. Bundled to dist/electron/preload.cjs; runs sandboxed with context isolation.
import { contextBridge, ipcRenderer } from 'electron';
import { EXIT_CHANNEL, type LotsaShellBridge } from './shellBridge.ts';

const bridge: LotsaShellBridge = {
  requestExit: (pin) => ipcRenderer.invoke(EXIT_CHANNEL, String(pin)),
};
contextBridge.exposeInMainWorld('lotsaShell', bridge);
