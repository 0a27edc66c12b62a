import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { withContentSecurityPolicy } from '../../../src/lib/site/content-security-policy.ts';

const policyOf = (html: string): string =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(
    withContentSecurityPolicy(html),
  )?.[1] ?? '';

test('a page without script may run none', () => {
  const policy = policyOf(
    '<html><head><meta charset="utf-8"><title>T</title></head><body><p>x</p></body></html>',
  );
  expect(policy).toContain("script-src 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain('frame-src https://www.youtube.com');
});

test('a page with an inline script may run exactly that script, by its hash', () => {
  const script = 'import("./pagefind/pagefind.js")';
  const hash = createHash('sha256').update(script).digest('base64');
  const policy = policyOf(
    `<head><meta charset="utf-8"></head><body><script type="module">${script}</script></body>`,
  );
  expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`);
});

test("a page whose script Astro linked as a file may run the site's files and WebAssembly (the search page with a larger script)", () => {
  const policy = policyOf(
    '<head><meta charset="utf-8"></head><body><script type="module" src="../_astro/SearchPanel.js"></script></body>',
  );
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
});

test('the policy comes right after the charset, once', () => {
  const html = withContentSecurityPolicy('<head><meta charset="utf-8"><title>T</title></head>');
  expect(html).toMatch(
    /^<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="[^"]+"><title>/,
  );
  expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
});
