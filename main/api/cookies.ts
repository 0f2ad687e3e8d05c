// The two cookies a browser screen holds: a staff member's login session and a paired device's credential. Both are
// HttpOnly (a script on the page, hostile or not, cannot read them) and SameSite=Strict (another site cannot make
// the browser send them).
export const SESSION_COOKIE = 'lotsa_session';
export const DEVICE_COOKIE = 'lotsa_device';

/** A paired screen stays paired until an admin revokes it; five years outlasts any screen. */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 5 * 365 * 24 * 3600;

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      const value = part.slice(at + 1).trim();
      return value.length > 0 ? value : undefined;
    }
  }
  return undefined;
}

/** A Set-Cookie value; `secure` when the screen reached the hub over HTTPS. */
export function setCookie(name: string, value: string, maxAgeSeconds: number, secure: boolean): string {
  return `${name}=${value}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

export function clearCookie(name: string, secure: boolean): string {
  return setCookie(name, '', 0, secure);
}
