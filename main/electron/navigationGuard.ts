// A visitor screen must never leave the hub: a stray link, a redirect or window.open would strand a public kiosk on
// a page nobody can close. Only the hub's exact origin (scheme, host and port) is allowed.

export function isAllowedNavigation(targetUrl: string, hubOrigin: string): boolean {
  let origin: string;
  try {
    origin = new URL(targetUrl).origin;
  } catch {
    return false;
  }
  // file:, data:, about: and the like all have the opaque origin "null", which must never match.
  return origin !== 'null' && origin === hubOrigin;
}

/** The answer to every window.open / target=_blank: screens have no business opening windows. */
export function denyNewWindow(): { action: 'deny' } {
  return { action: 'deny' };
}
