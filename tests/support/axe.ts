/**
 * axe-core in a page: the WCAG 2.1 AA rules every browser test applies, and a readable list of
 * what failed. The page must allow an injected script (open it with `bypassCSP: true` when the
 * page carries the site's Content-Security-Policy).
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** We build to WCAG 2.1 AA, which clears every Vietnamese floor (TT 26/2020, TT 32/2017 Điều 18). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function axeViolations(page: Page): Promise<axe.Result[]> {
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      }),
    WCAG_TAGS,
  );
  return results.violations;
}

/** One paragraph per rule: what is wrong, how bad, where (selectors), and where to read more. */
export function describeViolations(violations: readonly axe.Result[]): string {
  return violations
    .map((v) => {
      const targets = v.nodes.map(
        (node) =>
          `    - ${node.target.join(' ')}\n      ${node.failureSummary?.replaceAll('\n', '\n      ') ?? ''}`,
      );
      return `[${v.impact ?? 'unknown'}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${targets.join('\n')}`;
    })
    .join('\n\n');
}
