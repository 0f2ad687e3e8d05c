// Which languages this hub has a voice for (GET /api/languages: built-in clips or the centre's voice pack), so a
// call in Somali is read in Somali once the centre has recorded it, and in Swedish until then. Asked again every few
// minutes, so a pack dropped in while the display runs is used without a reload; until the first answer (or when the
// hub cannot be asked) the built-in voices are assumed.
import { useEffect, useState } from 'preact/hooks';
import { BUILT_IN_VOICES } from '../common/announcement/clips.ts';
import type { LanguageCode } from '../common/i18n/languages.ts';
import { LanguagesAnswer } from '../common/schemas/languages.ts';
import { apiGet } from '../ui/apiClient.ts';

const REFRESH_MS = 5 * 60_000;

export function useVoicedLanguages(): readonly LanguageCode[] {
  const [voiced, setVoiced] = useState<readonly LanguageCode[]>(BUILT_IN_VOICES);
  useEffect(() => {
    const ask = () =>
      apiGet('/api/languages', LanguagesAnswer)
        .then((answer) => setVoiced(answer.languages.filter((l) => l.voice !== 'none').map((l) => l.code)))
        .catch(() => undefined);
    void ask();
    const timer = setInterval(ask, REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  return voiced;
}
