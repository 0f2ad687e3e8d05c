// Where a registered screen stands, from the hub's timestamps: a pairing code waiting to be typed (or run out),
// paired, or revoked. A device given a new code is waiting again, whatever it was before: its old credential is gone.
import type { Device } from '../../common/schemas/auth.ts';

export type DeviceState = 'revoked' | 'waiting' | 'code-expired' | 'paired';

export function deviceState(device: Device, now: number): DeviceState {
  if (device.revokedAt !== null) return 'revoked';
  if (device.pairingExpiresAt !== null) return Date.parse(device.pairingExpiresAt) > now ? 'waiting' : 'code-expired';
  return device.pairedAt !== null ? 'paired' : 'code-expired';
}
