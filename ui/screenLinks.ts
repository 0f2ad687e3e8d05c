// Links between the staff screens. A screen opened with the hub's token passes it on, so a bookmarked token link
// keeps working; a signed-in person's links carry none, as the session cookie goes along by itself.
function withToken(params: Record<string, string>, token: string | null): URLSearchParams {
  return new URLSearchParams(token ? { ...params, token } : params);
}

/** The link that opens one desk's screen. */
export function deskLink(deskId: number, token: string | null): string {
  return `/desk?${withToken({ desk: String(deskId) }, token)}`;
}

/** One view of the admin page (?view=); the desk screen links to the booked visits with it. */
export function adminLink(view: string, token: string | null): string {
  return `/admin?${withToken({ view }, token)}`;
}

/** The guide's screen at the entrance. */
export function guideLink(token: string | null): string {
  const params = withToken({}, token).toString();
  return params ? `/guide?${params}` : '/guide';
}
