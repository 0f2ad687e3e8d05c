// Every screen is web content served by the hub and may face the public, so no window gets Node or a way to loosen
// the same-origin rules; the only preload is the one-function exit bridge (preload.ts), given where the shell says. Only the waiting-room display may play sound unprompted: its chime calls
// the next ticket when nobody is touching it.
import type { WebPreferences } from 'electron';
import type { ScreenName } from './screenConfig.ts';

export function secureWebPreferences(screen: ScreenName, options: { devTools: boolean; preload?: string }): WebPreferences {
  return {
    ...(options.preload ? { preload: options.preload } : {}),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: options.devTools,
    // Electron's own default is no-user-gesture-required, so the other screens must opt out explicitly.
    autoplayPolicy: screen === 'display' ? 'no-user-gesture-required' : 'user-gesture-required',
  };
}
