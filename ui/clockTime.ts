// "10:30": the hour and minute of a moment as staff and visitors read it, in the screen's language and the
// device's own clock (the centre's PCs run on the centre's time).
export function clockTime(lang: string, iso: string): string {
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(Date.parse(iso));
}
