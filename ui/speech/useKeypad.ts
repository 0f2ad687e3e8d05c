// The keypad on a visitor screen (common/accessibility/keyMap.ts says what each key means): up and down move the
// focus through the screen's choices in reading order, Enter chooses, back and help are the screen's. On the first
// screen any key starts speech mode. The on-screen keyboard is never among the choices: the keys type for themselves.
import { useEffect, useRef } from 'preact/hooks';
import { keyAction, movedFocus, type KeyContext } from '../../common/accessibility/keyMap.ts';
import { useSpeech } from './SpeechMode.tsx';
import './keypad.css';

export interface KeypadOptions {
  /** The screen a visitor meets first: any key there starts speech mode. */
  atStart: boolean;
  /** How to use the keys here, said when speech starts and on the help key. */
  help: string;
  onBack?: () => void;
  /** A survey question: the digits 1–5 answer it. */
  onAnswer?: (value: 1 | 2 | 3 | 4 | 5) => void;
}

const CHOICES = 'button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), a[href]';

function choices(): HTMLElement[] {
  const screen = document.querySelector('main');
  if (!screen) return [];
  return [...screen.querySelectorAll<HTMLElement>(CHOICES)].filter((element) => !element.closest('.keyboard') && element.getClientRects().length > 0);
}

const typesText = (element: Element | null) =>
  element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && ['text', 'search', ''].includes(element.type));

export function useKeypad(options: KeypadOptions): void {
  const speech = useSpeech();
  const current = useRef({ options, speech });
  current.current = { options, speech };

  useEffect(() => {
    const pressed = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      const { options, speech } = current.current;
      if (!speech.on && options.atStart) {
        if (['Shift', 'Tab', 'CapsLock', 'NumLock'].includes(event.key)) return;
        event.preventDefault();
        speech.start(options.help);
        return;
      }
      const active = document.activeElement;
      const context: KeyContext = typesText(active) ? 'text' : options.onAnswer ? 'answers' : 'choices';
      const action = keyAction(event.key, context);
      if (!action) return;
      // Typing in a field is the field's own: the browser puts the character in, speech says it back.
      if (action.kind === 'type') return speech.say([action.char]);
      if (action.kind === 'erase') return;
      event.preventDefault();
      // A held key walks through the choices but never chooses, goes back or answers twice.
      if (event.repeat && action.kind !== 'next' && action.kind !== 'previous') return;
      if (action.kind === 'help') return speech.say([options.help]);
      if (action.kind === 'back') return options.onBack?.();
      if (action.kind === 'answer') return options.onAnswer?.(action.value);
      const list = choices();
      const at = list.indexOf(active as HTMLElement);
      if (action.kind === 'choose') {
        if ((active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) && active.form) return active.form.requestSubmit();
        if (at >= 0) return list[at]!.click();
        return list[0]?.focus();
      }
      list[movedFocus(list.length, at, action.kind === 'next' ? 1 : -1)]?.focus();
    };
    window.addEventListener('keydown', pressed);
    return () => window.removeEventListener('keydown', pressed);
  }, []);
}
