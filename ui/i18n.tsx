// The screens' view of the one i18n layer (common/i18n): the current language as context, a bound t(), the formats
// for numbers and times in that language on the centre's clock, the languages this screen offers, and the page's
// <html lang dir> and <title> kept in step so that screen readers pronounce the right language. Only the catalogue of
// the language shown is downloaded; a switch shows the new language once its catalogue has arrived. The centre's
// corrected texts (GET /api/translations/:lang) are laid over the catalogue each time a language is shown, and a
// screen on the event stream shows a new correction at once (LiveTranslations).
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../common/i18n/translate.ts';
import { createTranslator, type Translate } from '../common/i18n/messageFormat.ts';
import { loadCatalogue } from '../common/i18n/loadCatalogue.ts';
import { formats, type Formats } from '../common/i18n/format.ts';
import {
  DEFAULT_LANGUAGE,
  DEFAULT_VISITOR_LANGUAGES,
  isCatalogueCode,
  languageInfo,
  STAFF_LANGUAGES,
  type CatalogueCode,
  type LanguageCode,
  type LanguageInfo,
} from '../common/i18n/languages.ts';
import { LanguagesAnswer } from '../common/schemas/languages.ts';
import { TranslationOverrides } from '../common/schemas/translations.ts';
import type { Messages } from '../common/i18n/messageFormat.ts';
import { apiGet } from './apiClient.ts';
import { followEvents } from './eventStream.ts';

export type { Translate };

export interface I18n {
  lang: CatalogueCode;
  /** Shows the screen in another language; one this screen does not offer is ignored. */
  setLang: (lang: LanguageCode) => void;
  t: Translate;
  fmt: Formats;
  /** The languages this screen offers, in order: the first is where a visitor screen starts and returns to. */
  languages: readonly LanguageInfo[];
  /** The centre corrected this language's texts: shown again with them if it is the language on screen. */
  textsChanged: (lang: CatalogueCode) => void;
  /** The language the centre's default names are written in (ui/LocalName.tsx marks a fallback with it). */
  nameLang: LanguageCode;
  /** The centre's visitor languages, in order: the ones its names can be translated into (admin). */
  visitorLanguages: readonly LanguageCode[];
}

const I18nContext = createContext<I18n | null>(null);

/** Visitor screens offer the centre's visitor languages; staff screens the reviewed, complete staff languages; the
 *  central service's screen the staff languages too, with no centre behind it to ask for languages or corrections. */
export type Audience = 'visitor' | 'staff' | 'central';

interface ProviderProps {
  initial?: LanguageCode | null;
  audience: Audience;
  /** The page title, translated with the rest of the page. */
  titleKey: MessageKey;
  children: ComponentChildren;
}

interface Shown {
  lang: CatalogueCode;
  t: Translate;
}

interface Centre {
  offered: readonly CatalogueCode[];
  timeZone: string;
  nameLang: LanguageCode;
  visitorLanguages: readonly LanguageCode[];
}

/** A hub that cannot be reached yet still gets a usable screen: the defaults, on this PC's clock. */
async function centreLanguages(audience: Audience): Promise<Centre> {
  const fallback: Centre = {
    offered: audience === 'visitor' ? DEFAULT_VISITOR_LANGUAGES : STAFF_LANGUAGES,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    nameLang: DEFAULT_LANGUAGE,
    visitorLanguages: DEFAULT_VISITOR_LANGUAGES,
  };
  if (audience === 'central') return fallback;
  try {
    const data = await apiGet('/api/languages', LanguagesAnswer);
    const enabled = data.languages.filter((l) => l.enabled).map((l) => l.code).filter(isCatalogueCode);
    return {
      offered: audience !== 'visitor' || enabled.length === 0 ? fallback.offered : enabled,
      timeZone: data.timeZone,
      nameLang: data.nameLanguage,
      visitorLanguages: enabled.length === 0 ? fallback.visitorLanguages : enabled,
    };
  } catch {
    return fallback;
  }
}

/** A hub that cannot be reached shows the shipped texts: a correction is never worth a blank screen. */
async function centreOverrides(lang: CatalogueCode, audience: Audience): Promise<Messages> {
  if (audience === 'central') return {};
  try {
    return (await apiGet(`/api/translations/${lang}`, TranslationOverrides)).messages as Messages;
  } catch {
    return {};
  }
}

async function show(lang: CatalogueCode, audience: Audience): Promise<Shown> {
  const [catalogue, overrides] = await Promise.all([loadCatalogue(lang), centreOverrides(lang, audience)]);
  // Screens in a right-to-left language isolate the values in their messages (ticket numbers, times, desk names).
  return { lang, t: createTranslator(lang, { ...catalogue.messages, ...overrides }, catalogue.english, { isolate: languageInfo(lang).dir === 'rtl' }) };
}

export function LanguageProvider({ initial, audience, titleKey, children }: ProviderProps) {
  const [centre, setCentre] = useState<Centre | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => {
    let live = true;
    centreLanguages(audience).then(async (found) => {
      const start = initial && (found.offered as readonly string[]).includes(initial) ? (initial as CatalogueCode) : found.offered[0]!;
      const first = await show(start, audience);
      if (!live) return;
      setCentre(found);
      setShown(first);
    });
    return () => {
      live = false;
    };
  }, []);

  const value = useMemo<I18n | null>(() => {
    if (!centre || !shown) return null;
    const setLang = (lang: LanguageCode) => {
      if (lang === shown.lang || !(centre.offered as readonly string[]).includes(lang)) return;
      void show(lang as CatalogueCode, audience).then(setShown);
    };
    // Only if the screen still shows that language once the texts arrive: a visitor may have switched meanwhile.
    const textsChanged = (lang: CatalogueCode) => {
      if (lang !== shown.lang) return;
      void show(lang, audience).then((again) => setShown((now) => (now?.lang === lang ? again : now)));
    };
    return {
      lang: shown.lang,
      setLang,
      t: shown.t,
      fmt: formats(shown.lang, centre.timeZone),
      languages: centre.offered.map(languageInfo),
      textsChanged,
      nameLang: centre.nameLang,
      visitorLanguages: centre.visitorLanguages,
    };
  }, [centre, shown]);

  // A layout effect, so the new language's text and its lang attribute reach the DOM in the same commit: a screen
  // reader never reads Swedish words with English pronunciation in between.
  useLayoutEffect(() => {
    if (!value) return;
    const root = document.documentElement;
    root.lang = value.lang;
    root.dir = languageInfo(value.lang).dir;
    document.title = pageTitle(value.t(titleKey), value.t);
  }, [value, titleKey]);

  return value ? <I18nContext.Provider value={value}>{children}</I18nContext.Provider> : null;
}

/** A tab's title: what the page says now, then the product. */
export function pageTitle(text: string, t: Translate): string {
  return `${text} – ${t('app.name')}`;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <LanguageProvider>');
  return i18n;
}

/** Follows the page's event stream for corrected texts; only for screens whose credential may open the stream. */
export function LiveTranslations() {
  const { lang, textsChanged } = useI18n();
  const latest = useRef({ lang, textsChanged });
  latest.current = { lang, textsChanged };
  useEffect(
    () =>
      followEvents({
        event: (event) => {
          if (event.type === 'translations.changed') latest.current.textsChanged(event.lang);
        },
        resync: () => latest.current.textsChanged(latest.current.lang),
      }),
    [],
  );
  return null;
}
