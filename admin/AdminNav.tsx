// The admin page's views, as links: each section is its own view with its own address (?view=), so a manager can
// bookmark the dashboard and nobody scrolls a page of every form there is. A screen opened with the token passes it along; a staff member signed in sees only the views staff
// may use (the booked visits, linked from every desk).
import type { UserRole } from '../common/schemas/auth.ts';
import { useI18n } from '../ui/i18n.tsx';
import { adminLink } from '../ui/screenLinks.ts';
import type { MessageKey } from '../common/i18n/translate.ts';

export const ADMIN_VIEWS = ['services', 'desks', 'screens', 'appointments', 'dashboard', 'staffing', 'survey', 'settings', 'printer', 'users', 'devices', 'translations', 'webhooks', 'improvements'] as const;
export type AdminView = (typeof ADMIN_VIEWS)[number];

const labels: Record<AdminView, MessageKey> = {
  services: 'admin.view.services',
  desks: 'admin.view.desks',
  screens: 'admin.view.screens',
  appointments: 'admin.view.appointments',
  dashboard: 'admin.view.dashboard',
  staffing: 'admin.view.staffing',
  survey: 'admin.view.survey',
  settings: 'admin.view.settings',
  printer: 'admin.view.printer',
  users: 'admin.view.users',
  devices: 'admin.view.devices',
  translations: 'admin.view.translations',
  webhooks: 'admin.view.webhooks',
  improvements: 'admin.view.improvements',
};

/** Who may open a view; the hub enforces the same on every request the view makes. */
export function rolesForView(view: AdminView): readonly UserRole[] {
  return view === 'appointments' ? ['staff', 'admin'] : ['admin'];
}

/** The view an address asks for; the services view when it names none (or the old "setup", kept for bookmarks). */
export function adminViewOf(search: string): AdminView {
  const view = new URLSearchParams(search).get('view');
  return ADMIN_VIEWS.find((v) => v === view) ?? 'services';
}

/** role: the signed-in person's, or admin for a screen opened with the token. */
export function AdminNav({ current, token, role }: { current: AdminView; token: string | null; role: UserRole }) {
  const { t } = useI18n();
  return (
    <nav class="admin__nav" aria-label={t('admin.views')}>
      <ul>
        {ADMIN_VIEWS.filter((view) => rolesForView(view).includes(role)).map((view) => (
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
