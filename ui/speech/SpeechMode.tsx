// Speech mode for one visitor at the kiosk or survey: off until a key on the first screen or the Listen button turns
// it on, off again when the screen starts over for the next visitor. While on, what gets focus is said (its
// data-speak text, else its name) and so is every error that appears (role="alert"); screens say their other news
// with say(). Speech is in the visitor's language; the hub picks the voice (Swedish's for a language without one).
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n.tsx';
import { SpeechPlayer, type Utterance } from './speechPlayer.ts';

export interface Speech {
  on: boolean;
  /** Turns speech mode on and says the help. */
  start: (help: string) => void;
  stop: () => void;
  /** Says the texts in the visitor's language, cutting off what was being said; nothing while speech mode is off,
   *  unless always (the "more time?" warning is said to everyone). */
  say: (texts: (string | Utterance)[], options?: { always?: boolean }) => void;
}

const SpeechContext = createContext<Speech | null>(null);

/** What a visitor hears for an element they reach: its own spoken text, else its accessible name. */
export function spokenText(element: Element): Utterance | null {
  const lang = element.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  const speak = element.getAttribute('data-speak') ?? element.getAttribute('aria-label');
  if (speak) return { text: speak, lang };
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
    const label = [...(element.labels ?? [])].map((l) => l.textContent ?? '').join(' ');
    return { text: [label, element.value].filter(Boolean).join(', '), lang };
  }
  const text = (element as HTMLElement).innerText?.trim() ?? '';
  return text ? { text: text.replace(/\s+/g, ' '), lang } : null;
}

export function SpeechProvider({ children }: { children: ComponentChildren }) {
  const { lang, t } = useI18n();
  const [on, setOn] = useState(false);
  const player = useRef<SpeechPlayer | null>(null);
  player.current ??= new SpeechPlayer();
  const langRef = useRef(lang);
  langRef.current = lang;

  const speech = useMemo<Speech>(() => {
    const parts = (texts: (string | Utterance)[]) => texts.map((text) => (typeof text === 'string' ? { text, lang: langRef.current } : text));
    return {
      on,
      start: (help) => {
        setOn(true);
        player.current!.say(parts([help]));
      },
      stop: () => {
        setOn(false);
        player.current!.cancel();
      },
      say: (texts, options = {}) => {
        if (on || options.always) player.current!.say(parts(texts));
      },
    };
  }, [on]);

  const sayElement = (element: EventTarget | null) => {
    const said = element instanceof Element ? spokenText(element) : null;
    const pressed = element instanceof Element && element.getAttribute('aria-pressed') === 'true';
    if (said) player.current!.say([said, ...(pressed ? [{ text: t('common.speech.selected'), lang: langRef.current }] : [])]);
  };
  // A language chosen by keys is confirmed in that language: its button, now selected.
  useEffect(() => {
    if (on) sayElement(document.activeElement);
  }, [lang]);

  useEffect(() => {
    if (!on) return;
    const focused = (event: FocusEvent) => sayElement(event.target);
    // Errors and a failed print appear as role="alert": said as they appear, after whatever was being said is cut.
    const alerts = new MutationObserver((records) => {
      for (const record of records) {
        const added = record.type === 'attributes' ? [record.target] : [...record.addedNodes];
        for (const node of added) {
          if (!(node instanceof HTMLElement)) continue;
          const alert = node.matches('[role="alert"]') ? node : node.querySelector('[role="alert"]');
          const said = alert && spokenText(alert);
          if (said) player.current!.say([said]);
        }
      }
    });
    document.addEventListener('focusin', focused);
    alerts.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['role'] });
    return () => {
      document.removeEventListener('focusin', focused);
      alerts.disconnect();
    };
  }, [on, t]);

  useEffect(() => () => player.current?.cancel(), []);
  return <SpeechContext.Provider value={speech}>{children}</SpeechContext.Provider>;
}

export function useSpeech(): Speech {
  const speech = useContext(SpeechContext);
  if (!speech) throw new Error('useSpeech must be used inside <SpeechProvider>');
  return speech;
}
