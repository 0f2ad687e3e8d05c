/** The link that opens one desk's screen; staff bookmark it, so it carries the token. */
export function deskLink(deskId: number, token: string): string {
  return `/desk?${new URLSearchParams({ desk: String(deskId), token })}`;
}
