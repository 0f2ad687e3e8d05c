// The high-contrast scheme a visitor turns on (ui/visitorAids.css): every pair of colours the screens draw together
// reaches 7:1 (WCAG 1.4.6, AAA), measured with WCAG's relative luminance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

function palette(): Record<string, string> {
  const css = readFileSync(new URL('../../ui/visitorAids.css', import.meta.url), 'utf8');
  const block = /:root\.aid-contrast \{([^}]*)\}/.exec(css)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map(([, name, hex]) => [name!, hex!]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const ratio = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

test('every foreground of the high-contrast scheme is at least 7:1 against what it is drawn on', () => {
  const colours = palette();
  // Text and its ground as the screens pair them: body text, buttons (filled, outlined, disabled), notices, errors, focus.
  const pairs = [
    ['ink', 'paper'], ['muted', 'paper'], ['line', 'paper'], ['primary-ink', 'primary'], ['primary', 'paper'],
    ['ink', 'primary-soft'], ['muted', 'primary-soft'], ['danger', 'paper'], ['danger', 'danger-soft'], ['ok', 'paper'], ['focus', 'paper'],
  ] as const;
  for (const [fore, back] of pairs) {
    assert.ok(colours[fore] && colours[back], `--${fore} and --${back} are defined`);
    const measured = ratio(colours[fore]!, colours[back]!);
    assert.ok(measured >= 7, `--${fore} on --${back} is ${measured.toFixed(2)}:1`);
  }
});
