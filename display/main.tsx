import { mountScreen } from '../ui/mount.tsx';
import { pageLanguage } from '../ui/pageParams.ts';
import { Display } from './Display.tsx';
import './display.css';

// A wall screen has no one to tap a language button: it is set once by its link (?lang=en).
// A wall TV is set up with a keyboard or mouse at hand, so its pairing form has no on-screen keyboard.
mountScreen(Display, 'display.title', pageLanguage(), { shellExit: true, audience: 'visitor', access: { kind: 'device', role: 'display', touch: false } });
