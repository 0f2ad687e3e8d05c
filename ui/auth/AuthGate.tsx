// The one door of every screen but the follow page. A screen opened with ?token= goes straight in, as it always
// did. Otherwise the hub is asked who this browser is: a fitting person or device sees the screen; anyone else a
// pairing form (visitor screens), a login (desk, admin), the first administrator's setup (admin, first start) or,
// for a staff member on the admin screen, why not. A credential lost later (session expired, device revoked) brings
// the door back, and passing it again starts the screen afresh without a reload.
import type { ComponentChildren } from 'preact';
import { z } from 'zod';
import type { MessageKey } from '../../common/i18n/translate.ts';
import { apiPost } from '../apiClient.ts';
import { useI18n } from '../i18n.tsx';
import { LanguageSwitcher } from '../LanguageSwitcher.tsx';
import { Notice } from '../Notice.tsx';
import { pageToken } from '../pageParams.ts';
import { LoginForm } from './LoginForm.tsx';
import { NeedsRole } from './NeedsRole.tsx';
import { PairingForm } from './PairingForm.tsx';
import { gateStep, type GateStep, type ScreenAccess } from './screenAccess.ts';
import { SetupForm } from './SetupForm.tsx';
import { SignedInContext } from './signedIn.ts';
import { useAuthStatus } from './useAuthStatus.ts';
import './auth.css';

interface Props {
  access: ScreenAccess;
  children: ComponentChildren;
}

export function AuthGate({ access, children }: Props) {
  return pageToken() ? <>{children}</> : <CredentialGate access={access}>{children}</CredentialGate>;
}

const headings: Record<Exclude<GateStep, 'admitted'>, MessageKey> = {
  pair: 'auth.pair.title',
  login: 'auth.login.title',
  setup: 'auth.setup.title',
  'needs-role': 'auth.needsAdminTitle',
};

function CredentialGate({ access, children }: Props) {
  const { t } = useI18n();
  const { status, unreachable, recheck } = useAuthStatus();
  const logOut = async () => {
    // Whatever the answer, the hub is asked again: a failed log-out leaves the person signed in, and shown so.
    await apiPost('/api/auth/logout', {}, z.null()).catch(() => undefined);
    await recheck();
  };

  if (status === null) {
    return (
      <GatePage heading="app.name" device={access.kind === 'device'}>
        {unreachable ? <Notice kind="error">{t('auth.unreachable')}</Notice> : <p>{t('common.loading')}</p>}
      </GatePage>
    );
  }
  const step = gateStep(access, status);
  if (step === 'admitted') {
    return <SignedInContext.Provider value={status.user && { username: status.user.username, role: status.user.role, logOut }}>{children}</SignedInContext.Provider>;
  }
  return (
    <GatePage heading={headings[step]} device={access.kind === 'device'}>
      {step === 'pair' && access.kind === 'device' && <PairingForm touch={access.touch} onPaired={recheck} />}
      {step === 'login' && <LoginForm setupNeeded={status.setupNeeded} onSignedIn={recheck} />}
      {step === 'setup' && <SetupForm onDone={recheck} />}
      {step === 'needs-role' && status.user && <NeedsRole username={status.user.username} onLogOut={logOut} />}
    </GatePage>
  );
}

function GatePage({ heading, device, children }: { heading: MessageKey; device: boolean; children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <main class={device ? 'auth-page auth-page--device' : 'auth-page'}>
      <header class="screen-header auth-page__header">
        <h1>{t(heading)}</h1>
        <LanguageSwitcher />
      </header>
      {children}
    </main>
  );
}
