// A random id for one completed form or one tap (an Idempotency-Key), sent with it so that the hub stores a
// repeated send once. Made from
// crypto.getRandomValues, which (unlike randomUUID) also works on a screen opened over plain http on the LAN.
export function newSubmissionId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
