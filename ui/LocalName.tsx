// A service's, desk's or the centre's name in the screen's language (common/i18n/localName.ts). Where no translation
// was given the default name shows, in a span carrying its own language and direction, so that a screen reader reads
// "Bygglov" with Swedish sounds inside an Arabic page and the word keeps its own order among right-to-left text.
import { languageInfo } from '../common/i18n/languages.ts';
import { localName, type LocalName as Shown, type Named } from '../common/i18n/localName.ts';
import { useI18n } from './i18n.tsx';

export function LocalName({ of }: { of: Named }) {
  const { lang, nameLang } = useI18n();
  return <NameText shown={localName(of, lang, nameLang)} />;
}

/** A name already chosen for this screen (the hub chose a survey question's): marked when not in the screen's language. */
export function NameText({ shown }: { shown: Shown }) {
  const { lang } = useI18n();
  if (shown.lang === lang) return <>{shown.text}</>;
  return (
    <span lang={shown.lang} dir={languageInfo(shown.lang).dir}>
      {shown.text}
    </span>
  );
}

/** Marks where the name goes in a translated sentence: a private-use character no translation contains. */
const SLOT = '\uE000';

/** A translated sentence with a name in it ("Please go to {desk}."): the name keeps its own language mark. */
export function TextWithName({ message, name }: { message: (slot: string) => string; name: Named }) {
  const [before = '', after = ''] = message(SLOT).split(SLOT);
  return (
    <>
      {before}
      <LocalName of={name} />
      {after}
    </>
  );
}
