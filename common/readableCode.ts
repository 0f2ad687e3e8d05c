// Codes people read off a letter, a phone or an admin's screen and type in: no 0/O or 1/I to confuse, and 32
// symbols so one random byte maps to one symbol without bias.

export const READABLE_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A code of `length` symbols from as many random bytes (the caller supplies them: crypto on the hub, a seed in tests). */
export function readableCodeFrom(randomBytes: Uint8Array, length: number): string {
  if (randomBytes.length < length) throw new RangeError(`a code of ${length} characters needs ${length} random bytes`);
  let code = '';
  for (let i = 0; i < length; i++) code += READABLE_CODE_ALPHABET[randomBytes[i]! % READABLE_CODE_ALPHABET.length];
  return code;
}

/** What a person or a scanner typed, as the code is stored: capitals, no spaces or dashes. */
export function normaliseReadableCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}
