// The EZ Access keys (Trace Center) as a USB keypad or keyboard sends them to the browser: up and down move between
// choices, Enter chooses, back goes back, help repeats how to use it; the same on a numeric keypad's 8, 2, 5, 0, *.
// Where the visitor types (a booking code) the digits and letters are text; on a survey question 1–5 are the answers.

export type KeyAction =
  | { kind: 'previous' }
  | { kind: 'next' }
  | { kind: 'choose' }
  | { kind: 'back' }
  | { kind: 'help' }
  | { kind: 'answer'; value: 1 | 2 | 3 | 4 | 5 }
  | { kind: 'type'; char: string }
  | { kind: 'erase' };

/** choices: a list of buttons; answers: a survey question's scale; text: a field the keys type into. */
export type KeyContext = 'choices' | 'answers' | 'text';

const NAVIGATION: Record<string, KeyAction> = {
  ArrowUp: { kind: 'previous' },
  ArrowDown: { kind: 'next' },
  Enter: { kind: 'choose' },
  Escape: { kind: 'back' },
  '?': { kind: 'help' },
  F1: { kind: 'help' },
  '*': { kind: 'help' },
};

const KEYPAD: Record<string, KeyAction> = {
  '8': { kind: 'previous' },
  '2': { kind: 'next' },
  '5': { kind: 'choose' },
  '0': { kind: 'back' },
  Backspace: { kind: 'back' },
};

/** What a key (KeyboardEvent.key) does where the visitor is, or null for a key Lotsa leaves alone. */
export function keyAction(key: string, context: KeyContext): KeyAction | null {
  const navigation = NAVIGATION[key];
  if (navigation) return navigation;
  if (context === 'text') {
    if (key === 'Backspace') return { kind: 'erase' };
    return /^[\p{L}\p{N}]$/u.test(key) ? { kind: 'type', char: key.toUpperCase() } : null;
  }
  if (context === 'answers' && /^[1-5]$/.test(key)) return { kind: 'answer', value: Number(key) as 1 | 2 | 3 | 4 | 5 };
  return KEYPAD[key] ?? null;
}

/** The next place in a list of `count` choices, wrapping at either end; from nowhere (-1) down is the first. */
export function movedFocus(count: number, current: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0 || current >= count) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}
