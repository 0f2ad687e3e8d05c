// "You said, we did" for administrators: record one with a said/did text for each language the centre offers
// (any may be left empty but one), and retire those no longer true. The display and follow page pick changes up.
import { useEffect, useState } from 'preact/hooks';
import { LanguagesAnswer, type LanguageEntry } from '../../common/schemas/languages.ts';
import { Improvement, type CreateImprovementBody } from '../../common/schemas/improvements.ts';
import { apiGet, apiPost } from '../../ui/apiClient.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { ImprovementCard } from '../../ui/ImprovementCard.tsx';
import { useImprovements } from '../../ui/useImprovements.ts';
import { useCreate } from '../useCreate.ts';

const filled = (texts: Record<string, string>) => Object.fromEntries(Object.entries(texts).filter(([, text]) => text.trim() !== ''));

export function ImprovementsAdmin() {
  const { t } = useI18n();
  const [languages, setLanguages] = useState<LanguageEntry[]>([]);
  const [changed, setChanged] = useState(0);
  const improvements = useImprovements(changed);
  const [said, setSaid] = useState<Record<string, string>>({});
  const [did, setDid] = useState<Record<string, string>>({});
  const [retireError, setRetireError] = useState<string | null>(null);
  const { create, error, busy } = useCreate('/api/improvements', Improvement, () => setChanged((n) => n + 1));
  useEffect(() => {
    apiGet('/api/languages', LanguagesAnswer).then((answer) => setLanguages(answer.languages.filter((l) => l.enabled)), () => undefined);
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (await create({ said: filled(said), did: filled(did) } as CreateImprovementBody)) {
      setSaid({});
      setDid({});
    }
  };
  const retire = async (id: number) => {
    setRetireError(null);
    try {
      await apiPost(`/api/improvements/${id}/retire`, {}, Improvement);
      setChanged((n) => n + 1);
    } catch (e) {
      setRetireError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <>
      <section class="admin__section" aria-labelledby="improvement-new">
        <h2 id="improvement-new">{t('admin.improvements.new')}</h2>
        <form class="improvement-form" onSubmit={submit}>
          {languages.map((language) => (
            <fieldset class="improvement-form__language" key={language.code} lang={language.code} dir={language.dir}>
              <legend>{language.name}</legend>
              <label class="admin__field">
                {t('common.youSaid')}
                <textarea maxLength={300} value={said[language.code] ?? ''} onInput={(e) => setSaid({ ...said, [language.code]: e.currentTarget.value })} />
              </label>
              <label class="admin__field">
                {t('common.weDid')}
                <textarea maxLength={300} value={did[language.code] ?? ''} onInput={(e) => setDid({ ...did, [language.code]: e.currentTarget.value })} />
              </label>
            </fieldset>
          ))}
          {error !== null && <Notice kind="error">{error}</Notice>}
          <button class="improvement-form__add" type="submit" disabled={busy}>
            {t('admin.improvements.add')}
          </button>
        </form>
      </section>
      <section class="admin__section" aria-labelledby="improvement-current">
        <h2 id="improvement-current">{t('admin.improvements.current')}</h2>
        {retireError !== null && <Notice kind="error">{retireError}</Notice>}
        <ul class="admin__improvements">
          {improvements.map((improvement) => (
            <li key={improvement.id}>
              <ImprovementCard improvement={improvement} />
              <button type="button" onClick={() => void retire(improvement.id)}>
                {t('admin.improvements.retire')}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
