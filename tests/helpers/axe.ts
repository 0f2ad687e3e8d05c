// Runs axe-core on the page for WCAG 2.0–2.2 A/AA. The hub's CSP forbids inline script, so the page must come from a
// context opened with bypassCSP: true for axe's source to be injected.
import axe from 'axe-core';
import type { Page } from 'playwright-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The violations as readable lines ("rule: target"), empty when there are none. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')} – ${v.help}`);
  }, TAGS);
  return violations;
}

/** Visible buttons (and links styled as buttons) smaller than size×size CSS pixels, described for the failure message. */
export async function smallTargets(page: Page, size: number): Promise<string[]> {
  return page.evaluate((min) => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('button, .button, [role="button"]')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.width < min || box.height < min) found.push(`"${element.textContent?.trim()}" is ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return found;
  }, size);
}
