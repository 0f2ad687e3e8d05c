// One request a person started from a form or button: its controls are disabled while it runs, and a refusal is
// kept (as the error itself, so its text follows a language switch) until the next try.
import { useState } from 'preact/hooks';

export interface Attempt {
  busy: boolean;
  /** The last try's failure, or null. */
  error: unknown;
  /** Runs action; resolves true when it succeeded. */
  attempt: (action: () => Promise<unknown>) => Promise<boolean>;
  clearError: () => void;
}

export function useAttempt(): Attempt {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const attempt = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, attempt, clearError: () => setError(null) };
}
