// A service's, desk's or the centre's name in the screen's language (common/i18n/localName.ts). Where no translation
// was given the default name shows, in a span carrying its own language and direction, so that a screen reader reads
// "Bygglov" with Swedish sounds inside an Arabic page and the word keeps its own order among right-to-left text.
import { languageInfo } from '../common/i18n/languages.ts';
import { localName, type Named } from '../common/i18n/localName.ts';
import { useI18n } from './i18n.tsx';

export function LocalName({ of }: { of: Named }) {
  const { lang, nameLang } = useI18n();
  const shown = localName(of, lang, nameLang);
  if (shown.lang === lang) return <>{shown.text}</>;
  return (
    <span lang={shown.lang} dir={languageInfo(shown.lang).dir}>
      {shown.text}
    </span>
  );
}
