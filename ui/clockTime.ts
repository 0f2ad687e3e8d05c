// "10:30": the hour and minute of a moment as staff and visitors read it, in the screen's language and the
// device's own clock (the centre's PCs run on the centre's time).
export function clockTime(lang: string, iso: string): string {
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(Date.parse(iso));
}

/** "12 Mar 2025, 10:30": a moment that may lie days back, such as when a screen was last seen. */
export function dayAndTime(lang: string, iso: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse(iso));
}
