// Who the hub takes this browser to be (a signed-in person, a paired device, or nobody), asked at start and again
// whenever the credential is in doubt. A screen switched on before the hub asks again until the hub answers.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { AuthStatus } from '../../common/schemas/auth.ts';
import { apiGet } from '../apiClient.ts';
import { onCredentialDoubt } from '../credentialDoubt.ts';

const RETRY_MS = 3_000;

export interface AuthStatusState {
  /** null until the hub has answered once. */
  status: AuthStatus | null;
  /** The last question went unanswered. */
  unreachable: boolean;
  recheck: () => Promise<void>;
}

export function useAuthStatus(): AuthStatusState {
  const [status, setStatus] = useState<AuthStatus | null>(null);
  const [unreachable, setUnreachable] = useState(false);
  /** True when the hub answered. Otherwise what the screen shows stays: a hub briefly away has signed nobody out. */
  const ask = useCallback(async (): Promise<boolean> => {
    try {
      setStatus(await apiGet('/api/auth/status', AuthStatus));
      setUnreachable(false);
      return true;
    } catch {
      setUnreachable(true);
      return false;
    }
  }, []);

  useEffect(() => {
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const untilAnswered = async () => {
      if (!(await ask()) && !stopped) retry = setTimeout(untilAnswered, RETRY_MS);
    };
    void untilAnswered();
    const unsubscribe = onCredentialDoubt(() => void ask());
    return () => {
      stopped = true;
      clearTimeout(retry);
      unsubscribe();
    };
  }, [ask]);

  return { status, unreachable, recheck: async () => void (await ask()) };
}
