// Lines cut to what fits across the paper: the printer would wrap on its own, but mid-word and without keeping the
// alignment, so a centred service name would come out ragged.

/** Greedy word wrap to `width` characters; a word longer than a line is split. Never returns an empty list. */
export function wrap(text: string, width: number): string[] {
  if (!Number.isInteger(width) || width < 1) throw new RangeError(`a line holds at least one character, got ${width}`);
  const lines: string[] = [];
  let line = '';
  for (const word of text.normalize('NFC').split(/\s+/).filter(Boolean)) {
    let rest = [...word];
    if (line && [...line].length + 1 + rest.length <= width) {
      line += ' ' + word;
      continue;
    }
    if (line) lines.push(line);
    while (rest.length > width) {
      lines.push(rest.slice(0, width).join(''));
      rest = rest.slice(width);
    }
    line = rest.join('');
  }
  lines.push(line);
  return lines;
}
