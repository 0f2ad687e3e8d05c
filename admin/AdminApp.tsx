// The administrator's page: setting up the centre (services and their settings, desks and their priorities, screen
// links), booked visits, the dashboard of waits and ratings, the staffing forecast, the exit survey's questions and
// paper cards, the centre-wide settings, staff accounts, paired screens, translations, webhooks and "you said, we did"; one view at a time,
// chosen by ?view=.
import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod';
import { Desk } from '../common/schemas/desks.ts';
import { Service } from '../common/schemas/services.ts';
import { apiGet } from '../ui/apiClient.ts';
import { useI18n } from '../ui/i18n.tsx';
import { LanguageSwitcher } from '../ui/LanguageSwitcher.tsx';
import { AlarmBanner } from '../ui/AlarmBanner.tsx';
import { PrinterBanner } from '../ui/PrinterBanner.tsx';
import { Notice } from '../ui/Notice.tsx';
import { pageToken } from '../ui/pageParams.ts';
import { SignedInAs } from '../ui/auth/SignedInAs.tsx';
import { useSignedIn } from '../ui/auth/signedIn.ts';
import { DeskSection } from './DeskSection.tsx';
import { AdminNav, adminViewOf } from './AdminNav.tsx';
import { Dashboard } from './dashboard/Dashboard.tsx';
import { StaffingView } from './dashboard/StaffingView.tsx';
import { SurveyAdmin } from './survey/SurveyAdmin.tsx';
import { ScreenLinks } from './ScreenLinks.tsx';
import { ServiceSection } from './ServiceSection.tsx';
import { upsertById } from './upsertById.ts';
import { ServiceSettingsSection } from './ServiceSettingsSection.tsx';
import { DeskPrioritySection } from './DeskPrioritySection.tsx';
import { AppointmentsAdmin } from './appointments/AppointmentsAdmin.tsx';
import { CentreSettingsForm } from './settings/CentreSettingsForm.tsx';
import { CentralSyncSection } from './settings/CentralSyncSection.tsx';
import { PrinterAdmin } from './printer/PrinterAdmin.tsx';
import { UsersAdmin } from './users/UsersAdmin.tsx';
import { DevicesAdmin } from './devices/DevicesAdmin.tsx';
import { ImprovementsAdmin } from './improvements/ImprovementsAdmin.tsx';
import { TranslationsAdmin } from './translations/TranslationsAdmin.tsx';
import { WebhooksAdmin } from './webhooks/WebhooksAdmin.tsx';

export function AdminApp() {
  const { t } = useI18n();
  const token = pageToken();
  const role = useSignedIn()?.role ?? 'admin';
  const view = adminViewOf(window.location.search);
  const [services, setServices] = useState<Service[] | null>(null);
  const [desks, setDesks] = useState<Desk[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([apiGet('/api/services', z.array(Service)), apiGet('/api/desks', z.array(Desk))]).then(
      ([loadedServices, loadedDesks]) => {
        setServices(loadedServices);
        setDesks(loadedDesks);
      },
      (e: Error) => setError(e.message),
    );
  }, []);

  return (
    <main class="admin">
      <header class="screen-header">
        <h1>{t('admin.title')}</h1>
        <SignedInAs />
        <LanguageSwitcher />
      </header>
      <AlarmBanner />
      <PrinterBanner audience="staff" />
      {error !== null ? (
        <Notice kind="error">{t('common.error', { message: error })}</Notice>
      ) : services === null || desks === null ? (
        <p>{t('common.loading')}</p>
      ) : (
        <>
          <AdminNav current={view} token={token} role={role} />
          {view === 'dashboard' ? (
            <Dashboard token={token} />
          ) : view === 'survey' ? (
            <SurveyAdmin />
          ) : view === 'appointments' ? (
            <AppointmentsAdmin services={services} />
          ) : view === 'settings' ? (
            <>
              <CentreSettingsForm />
              <CentralSyncSection />
            </>
          ) : view === 'printer' ? (
            <PrinterAdmin />
          ) : view === 'users' ? (
            <UsersAdmin />
          ) : view === 'devices' ? (
            <DevicesAdmin />
          ) : view === 'improvements' ? (
            <ImprovementsAdmin />
          ) : view === 'staffing' ? (
            <StaffingView />
          ) : view === 'desks' ? (
            <>
              <DeskSection desks={desks} services={services} onSaved={(desk) => setDesks(upsertById(desks, desk))} />
              <DeskPrioritySection desks={desks} services={services} onSaved={(saved) => setDesks(desks.map((d) => (d.id === saved.id ? saved : d)))} />
            </>
          ) : view === 'screens' ? (
            <ScreenLinks desks={desks} token={token} />
          ) : view === 'translations' ? (
            <TranslationsAdmin />
          ) : view === 'webhooks' ? (
            <WebhooksAdmin />
          ) : (
            <>
              <ServiceSection services={services} onSaved={(service) => setServices(upsertById(services, service))} />
              <ServiceSettingsSection services={services} />
            </>
          )}
        </>
      )}
    </main>
  );
}
