// A screen loads only the catalogue of the language it shows: one dynamic import per language, so Vite emits one
// chunk per catalogue and a kiosk offering Swedish and English never downloads the Arabic texts. A draft catalogue
// may leave keys out, so English, its fallback, is loaded beside a draft.
import type { CatalogueCode } from './languages.ts';
import type { CatalogueMeta, Messages } from './messageFormat.ts';

export interface LoadedCatalogue {
  meta: CatalogueMeta;
  messages: Messages;
  english: Messages;
}

const loaders: Record<CatalogueCode, () => Promise<{ meta: CatalogueMeta; messages: Messages }>> = {
  sv: () => import('./sv.ts').then((m) => ({ meta: m.meta, messages: m.sv })),
  en: () => import('./en.ts').then((m) => ({ meta: m.meta, messages: m.en })),
  ar: () => import('./ar.ts').then((m) => ({ meta: m.meta, messages: m.ar })),
  fa: () => import('./fa.ts').then((m) => ({ meta: m.meta, messages: m.fa })),
  so: () => import('./so.ts').then((m) => ({ meta: m.meta, messages: m.so })),
  ti: () => import('./ti.ts').then((m) => ({ meta: m.meta, messages: m.ti })),
  fi: () => import('./fi.ts').then((m) => ({ meta: m.meta, messages: m.fi })),
  uk: () => import('./uk.ts').then((m) => ({ meta: m.meta, messages: m.uk })),
  pl: () => import('./pl.ts').then((m) => ({ meta: m.meta, messages: m.pl })),
  bs: () => import('./bs.ts').then((m) => ({ meta: m.meta, messages: m.bs })),
};

export async function loadCatalogue(lang: CatalogueCode): Promise<LoadedCatalogue> {
  const own = await loaders[lang]();
  const english = own.meta.draft && lang !== 'en' ? (await loaders.en()).messages : own.messages;
  return { ...own, english };
}
