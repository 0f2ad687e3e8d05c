// The one thing a screen may ask of the shell, shared by the preload (which exposes it) and the main process (which
// answers it). Kept free of Node imports: the sandboxed preload can load nothing but electron.

export const EXIT_CHANNEL = 'lotsa:request-exit';

/** `window.lotsaShell` in a visitor screen: true (and the app quits) only for the right PIN. */
export interface LotsaShellBridge {
  requestExit(pin: string): Promise<boolean>;
}
