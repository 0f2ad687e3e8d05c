// Lines cut to what fits across the paper: the printer would wrap on its own, but mid-word and without keeping the
// alignment, so a centred service name would come out ragged. Text lines are measured in characters, lines drawn as
// raster images in dots (each candidate measured as shaped, since Arabic letters change width as they join).

/** Greedy word wrap to `width` characters; a word longer than a line is split. Never returns an empty list. */
export function wrap(text: string, width: number): string[] {
  if (!Number.isInteger(width) || width < 1) throw new RangeError(`a line holds at least one character, got ${width}`);
  return wrapMeasured(text, width, (line) => [...line].length);
}

/** Greedy word wrap by any measure (`measure(line) <= width` fits); a word wider than a line is split where it must. */
export function wrapMeasured(text: string, width: number, measure: (line: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.normalize('NFC').split(/\s+/).filter(Boolean)) {
    if (line && measure(line + ' ' + word) <= width) {
      line += ' ' + word;
      continue;
    }
    if (line) lines.push(line);
    let rest = [...word];
    while (rest.length > 1 && measure(rest.join('')) > width) {
      let take = 1;
      while (take < rest.length - 1 && measure(rest.slice(0, take + 1).join('')) <= width) take++;
      lines.push(rest.slice(0, take).join(''));
      rest = rest.slice(take);
    }
    line = rest.join('');
  }
  lines.push(line);
  return lines;
}
