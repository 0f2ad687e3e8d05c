// The hub's side of the one i18n layer (the printed ticket, the survey's default questions): every catalogue is
// loaded, as the hub serves every language. Screens load only their language's catalogue (ui/i18n.tsx).
import { sv, meta as svMeta } from './sv.ts';
import { en, meta as enMeta, type MessageKey } from './en.ts';
import { ar, meta as arMeta } from './ar.ts';
import { fa, meta as faMeta } from './fa.ts';
import { so, meta as soMeta } from './so.ts';
import { ti, meta as tiMeta } from './ti.ts';
import { fi, meta as fiMeta } from './fi.ts';
import { uk, meta as ukMeta } from './uk.ts';
import { pl, meta as plMeta } from './pl.ts';
import { bs, meta as bsMeta } from './bs.ts';
import { isCatalogueCode, type CatalogueCode, type LanguageCode } from './languages.ts';
import { createTranslator, type CatalogueMeta, type Messages, type MessageParams, type Translate } from './messageFormat.ts';

export const CATALOGUES: Record<CatalogueCode, { meta: CatalogueMeta; messages: Messages }> = {
  sv: { meta: svMeta, messages: sv },
  en: { meta: enMeta, messages: en },
  ar: { meta: arMeta, messages: ar },
  fa: { meta: faMeta, messages: fa },
  so: { meta: soMeta, messages: so },
  ti: { meta: tiMeta, messages: ti },
  fi: { meta: fiMeta, messages: fi },
  uk: { meta: ukMeta, messages: uk },
  pl: { meta: plMeta, messages: pl },
  bs: { meta: bsMeta, messages: bs },
};

const translators = new Map<LanguageCode, Translate>();

export function t(language: LanguageCode, key: MessageKey, params: MessageParams = {}): string {
  let translate = translators.get(language);
  if (!translate) {
    translate = createTranslator(language, isCatalogueCode(language) ? CATALOGUES[language].messages : {}, en);
    translators.set(language, translate);
  }
  return translate(key, params);
}

/** The shipped texts of a language with the centre's corrections (POST /api/translations/:lang) laid over them. */
export function correctedTranslator(language: LanguageCode, corrections: Messages): Translate {
  if (Object.keys(corrections).length === 0) return (key, params) => t(language, key, params);
  return createTranslator(language, { ...(isCatalogueCode(language) ? CATALOGUES[language].messages : {}), ...corrections }, en);
}

export type { MessageKey, MessageParams };
