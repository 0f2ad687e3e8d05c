/** The link that opens one desk's screen; staff bookmark it, so it carries the token. */
export function deskLink(deskId: number, token: string): string {
  return `/desk?${new URLSearchParams({ desk: String(deskId), token })}`;
}

/** One view of the admin page (?view=); the desk screen links to the booked visits with it. */
export function adminLink(view: string, token: string): string {
  return `/admin?${new URLSearchParams({ token, view })}`;
}
