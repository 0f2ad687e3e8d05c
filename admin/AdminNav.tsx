// The admin page's views, as links: each view has its own address (?view=), so a manager can bookmark the
// dashboard. The token travels along, as on every staff link.
import { useI18n } from '../ui/i18n.tsx';
import { adminLink } from '../ui/screenLinks.ts';
import type { MessageKey } from '../common/i18n/translate.ts';

export const ADMIN_VIEWS = ['setup', 'appointments', 'dashboard', 'survey', 'settings', 'printer'] as const;
export type AdminView = (typeof ADMIN_VIEWS)[number];

const labels: Record<AdminView, MessageKey> = {
  setup: 'admin.view.setup',
  appointments: 'admin.view.appointments',
  dashboard: 'admin.view.dashboard',
  survey: 'admin.view.survey',
  settings: 'admin.view.settings',
  printer: 'admin.view.printer',
};

export function adminViewOf(search: string): AdminView {
  const view = new URLSearchParams(search).get('view');
  return ADMIN_VIEWS.find((v) => v === view) ?? 'setup';
}

export function AdminNav({ current, token }: { current: AdminView; token: string }) {
  const { t } = useI18n();
  return (
    <nav class="admin__nav" aria-label={t('admin.views')}>
      <ul>
        {ADMIN_VIEWS.map((view) => (
          <li key={view}>
            <a href={adminLink(view, token)} aria-current={view === current ? 'page' : undefined}>
              {t(labels[view])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
