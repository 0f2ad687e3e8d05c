// The person a desk or admin screen was opened by, for its header and its choices (a staff member sees only the
// admin views staff may use). null on a screen opened with ?token= or by a paired device.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { UserRole } from '../../common/schemas/auth.ts';

export interface SignedIn {
  username: string;
  role: UserRole;
  logOut: () => Promise<void>;
}

export const SignedInContext = createContext<SignedIn | null>(null);

export function useSignedIn(): SignedIn | null {
  return useContext(SignedInContext);
}
