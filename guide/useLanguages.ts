// Every language the hub knows (GET /api/languages): the offered ones are the visitor's ticket language, any of them
// an interpreter's.
import { useEffect, useState } from 'preact/hooks';
import { LanguagesAnswer, type LanguageEntry } from '../common/schemas/languages.ts';
import { apiGet } from '../ui/apiClient.ts';

export function useLanguages(): readonly LanguageEntry[] {
  const [languages, setLanguages] = useState<readonly LanguageEntry[]>([]);
  useEffect(() => {
    apiGet('/api/languages', LanguagesAnswer).then(
      (answer) => setLanguages(answer.languages),
      () => {}, // the i18n layer shows the hub unreachable; without the list the ticket goes out in the default language
    );
  }, []);
  return languages;
}
