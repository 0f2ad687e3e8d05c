// What visitors wrote in the period, newest first, a page at a time and searchable: a year holds thousands of
// comments, and the manager is told how many there are rather than shown the first fifty as if they were all.
import { useEffect, useState } from 'preact/hooks';
import { SurveyComments } from '../../common/schemas/survey.ts';
import { apiGet } from '../../ui/apiClient.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';

const PAGE = 50;

export function CommentList({ from, to }: { from: string; to: string }) {
  const { t, fmt } = useI18n();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<SurveyComments | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => setOffset(0), [from, to, search]);
  useEffect(() => {
    let current = true;
    const query = new URLSearchParams({ from, to, offset: String(offset), limit: String(PAGE), ...(search ? { q: search } : {}) });
    setError(null);
    apiGet(`/api/survey/comments?${query}`, SurveyComments).then(
      (loaded) => current && setPage(loaded),
      (e: Error) => current && setError(e.message),
    );
    return () => {
      current = false;
    };
  }, [from, to, search, offset]);

  const shown = page?.comments ?? [];
  return (
    <section aria-labelledby="comments-heading">
      <h3 id="comments-heading">{t('dashboard.comments')}</h3>
      <form
        class="admin__form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setSearch(typed.trim());
        }}
      >
        <div class="admin__field">
          <label for="comment-search">{t('dashboard.commentSearch')}</label>
          <input id="comment-search" type="search" maxLength={100} value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
        </div>
        <button type="submit">{t('dashboard.search')}</button>
      </form>
      {error !== null && <Notice kind="error">{t('common.error', { message: error })}</Notice>}
      {page === null ? (
        error === null && <p>{t('common.loading')}</p>
      ) : page.total === 0 ? (
        <p>{search ? t('dashboard.noMatches', { q: search }) : t('dashboard.noComments')}</p>
      ) : (
        <>
          <p aria-live="polite" data-figure="comments-shown">
            {t('dashboard.commentsShown', { first: fmt.count(page.offset + 1), last: fmt.count(page.offset + shown.length), total: fmt.count(page.total) })}
          </p>
          <ul class="comments">
            {shown.map((c) => (
              <li key={c.id}>
                <p>{c.comment}</p>
                <p class="field-hint">
                  {fmt.dayAndTime(c.submittedAt)} · {t(`report.source.${c.source}`)}
                  {c.serviceName !== null && ` · ${c.serviceName}`}
                </p>
              </li>
            ))}
          </ul>
          <div class="admin__form">
            <button type="button" disabled={page.offset === 0} onClick={() => setOffset(Math.max(0, page.offset - PAGE))}>
              {t('dashboard.previousPage')}
            </button>
            <button type="button" disabled={page.offset + shown.length >= page.total} onClick={() => setOffset(page.offset + PAGE)}>
              {t('dashboard.nextPage')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
