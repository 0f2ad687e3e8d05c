import type { Desk } from '../common/schemas/desks.ts';
import { useI18n } from '../ui/i18n.tsx';
import { deskLink, guideLink } from '../ui/screenLinks.ts';

/** The addresses to open on each device; desk and guide links carry the token when the page has one, so this list is for staff eyes only. */
export function ScreenLinks({ desks, token }: { desks: Desk[]; token: string | null }) {
  const { t } = useI18n();
  return (
    <section class="admin__section" aria-labelledby="screens-heading">
      <h2 id="screens-heading">{t('admin.screens')}</h2>
      <ul class="admin__links">
        <li>
          <a href="/kiosk">{t('admin.screen.kiosk')}</a>
        </li>
        <li>
          <a href="/display">{t('admin.screen.display')}</a>
        </li>
        <li>
          <a href="/survey">{t('admin.screen.survey')}</a>
        </li>
        <li>
          <a href={guideLink(token)}>{t('admin.screen.guide')}</a>
        </li>
        {desks.map((desk) => (
          <li key={desk.id}>
            <a href={deskLink(desk.id, token)}>{t('admin.screen.desk', { name: desk.name })}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
