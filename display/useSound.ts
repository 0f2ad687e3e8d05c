// The display's sound switch. Browsers only let a page play sound after someone has interacted with it, so a new
// display asks once, with a big button, and remembers the answer on the device. If the browser still refuses after a
// restart (Chromium forgets the gesture; Electron's display window does not need one), the button comes back.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { CHIME } from '../common/announcement/clips.ts';
import { createAnnouncer, clipUrl, type Announcer } from './announcer.ts';

const STORAGE_KEY = 'lotsa.display.sound';

export type SoundState = 'disabled' | 'needs-enable' | 'on';

export interface Sound {
  state: SoundState;
  /** The tap on "enable sound": it plays the chime so whoever sets the screen up hears that it works. */
  enable: () => void;
  announcer: Announcer | null;
}

function remembered(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false; // storage can be switched off; the screen then simply asks again after a reload
  }
}

export function useSound(allowed: boolean): Sound {
  const [state, setState] = useState<SoundState>(() => (!allowed ? 'disabled' : remembered() ? 'on' : 'needs-enable'));
  const announcer = useMemo(() => (state === 'on' ? createAnnouncer(() => setState('needs-enable')) : null), [state]);
  useEffect(() => () => announcer?.close(), [announcer]);

  const enable = () => {
    try {
      window.localStorage.setItem(STORAGE_KEY, 'on');
    } catch {
      // not remembered; it still works until the page is reloaded
    }
    void new Audio(clipUrl(CHIME)).play().catch(() => undefined);
    setState('on');
  };
  return { state, enable, announcer };
}
