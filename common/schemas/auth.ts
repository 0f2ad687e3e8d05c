// Who is asking: staff and admin people log in with a password; kiosks, wall displays and survey screens are paired
// devices. These are the shapes of the login, account and pairing messages, shared by the hub and the screens.
import { z } from 'zod';
import { Id, IsoTime } from './common.ts';
import { cleanString, NewUsername } from './text.ts';

export const USER_ROLES = ['admin', 'staff'] as const;
export const DEVICE_ROLES = ['kiosk', 'display', 'survey'] as const;
export const ROLES = [...USER_ROLES, ...DEVICE_ROLES] as const;
export const UserRole = z.enum(USER_ROLES);
export type UserRole = z.infer<typeof UserRole>;
export const DeviceRole = z.enum(DEVICE_ROLES);
export type DeviceRole = z.infer<typeof DeviceRole>;
export type Role = (typeof ROLES)[number];

export const PASSWORD_MIN_LENGTH = 10;

export const Password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `a password is at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(256, 'a password is at most 256 characters');

export const LoginBody = z.strictObject({ username: z.string().max(64), password: z.string().max(256) });
export type LoginBody = z.infer<typeof LoginBody>;

/** The one-time code the hub prints on its first start, before any account exists. */
export const SetupBody = z.strictObject({ setupCode: z.string().max(20), username: NewUsername, password: Password });
export type SetupBody = z.infer<typeof SetupBody>;

export const User = z
  .object({ id: Id, username: z.string(), role: UserRole, createdAt: IsoTime, disabled: z.boolean() })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const CreateUserBody = z.strictObject({ username: NewUsername, password: Password, role: UserRole });
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z
  .strictObject({ password: Password.optional(), role: UserRole.optional(), disabled: z.boolean().optional() })
  .refine((body) => Object.keys(body).length > 0, 'say what to change: password, role or disabled');
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const Device = z
  .object({
    id: Id,
    role: DeviceRole,
    name: z.string(),
    createdAt: IsoTime,
    pairedAt: IsoTime.nullable(),
    lastSeenAt: IsoTime.nullable(),
    revokedAt: IsoTime.nullable(),
    pairingExpiresAt: IsoTime.nullable().describe('while a pairing code is waiting to be entered on the device'),
  })
  .meta({ id: 'Device' });
export type Device = z.infer<typeof Device>;

export const RegisterDeviceBody = z.strictObject({
  role: DeviceRole,
  name: cleanString({ what: 'the device name (e.g. "Kiosk by the entrance")', max: 60 }),
});
export type RegisterDeviceBody = z.infer<typeof RegisterDeviceBody>;

export const PairingCode = z
  .object({ device: Device, pairingCode: z.string().describe('enter it once on the device; single use'), expiresAt: IsoTime })
  .meta({ id: 'PairingCode' });
export type PairingCode = z.infer<typeof PairingCode>;

export const PairBody = z.strictObject({ pairingCode: z.string().max(20) });
export type PairBody = z.infer<typeof PairBody>;

export const Paired = z
  .object({
    device: Device,
    credential: z.string().describe('also set as an HttpOnly cookie; send it as "Authorization: Bearer" from a non-browser client'),
  })
  .meta({ id: 'Paired' });
export type Paired = z.infer<typeof Paired>;

export const SignedInUser = z.object({ id: Id, username: z.string(), role: UserRole });

/** The answer to a login or the first-start setup: the person now signed in. */
export const SignedIn = z.object({ user: SignedInUser }).meta({ id: 'SignedIn' });
export type SignedIn = z.infer<typeof SignedIn>;

export const AuthStatus = z
  .object({
    user: SignedInUser.nullable(),
    device: z.object({ id: Id, name: z.string(), role: DeviceRole }).nullable(),
    /** The request carried the hub's API token (full rights). */
    apiToken: z.boolean(),
    /** No account exists yet: the first administrator is created with the setup code the hub printed. */
    setupNeeded: z.boolean(),
  })
  .meta({ id: 'AuthStatus' });
export type AuthStatus = z.infer<typeof AuthStatus>;
