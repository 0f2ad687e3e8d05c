// Who may open which screen, and what a screen shows to anyone else. Visitor screens (kiosk, display, survey) are
// devices: they are paired once, though a signed-in staff member may also open one. Desk and admin are people's
// screens: they ask for a login, and the admin screen for the first administrator while no account exists.
import type { AuthStatus, DeviceRole, UserRole } from '../../common/schemas/auth.ts';

export type ScreenAccess =
  | { kind: 'device'; role: DeviceRole; /** no physical keyboard: the pairing code is typed on screen */ touch: boolean }
  | { kind: 'person'; roles: readonly UserRole[]; /** where the first administrator is created */ setup: boolean };

export type GateStep = 'admitted' | 'pair' | 'login' | 'setup' | 'needs-role';

export function gateStep(access: ScreenAccess, status: AuthStatus): GateStep {
  if (status.apiToken) return 'admitted';
  if (access.kind === 'device') return status.device?.role === access.role || status.user !== null ? 'admitted' : 'pair';
  if (status.user) return access.roles.includes(status.user.role) ? 'admitted' : 'needs-role';
  return status.setupNeeded && access.setup ? 'setup' : 'login';
}
