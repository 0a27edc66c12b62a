import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { satteriSanitizer } from '../../../src/lib/markdown/satteri-sanitizer.ts';

/** Compiles MDX as the site does and returns the generated module's code. */
const compile = async (mdx: string): Promise<string> =>
  (await mdxToJs(mdx, { hastPlugins: [satteriSanitizer], jsxImportSource: 'astro' })).code;

describe('an .mdx body runs no editor code', () => {
  test.each([
    ['an import', "import fs from 'node:fs'\n\nChữ", 'node:fs'],
    ['an export', 'export const leak = process.env\n\nChữ', 'leak'],
    ['a flow expression', '{process.env.SECRET}', 'process.env'],
    ['a text expression', 'Chữ {globalThis.fetch("x")}', 'fetch'],
    ['a JSX script', '<script>alert(1)</script>', 'alert'],
    ['an event handler on an HTML tag', '<div onclick="steal()">x</div>', 'steal'],
    ['set:html on an HTML tag', '<div set:html="<script>bad()</script>">x</div>', 'bad()'],
    ['an expression attribute on a component', '<Callout type={process.env.X}>x</Callout>', 'process.env'],
    ['set:html on a component', '<Callout set:html="<script>bad()</script>">x</Callout>', 'bad()'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', 'javascript:'],
    ['an unknown component (its text is kept)', '<Evil>chữ giữ lại</Evil>', 'Evil'],
  ])('drops %s', async (_, mdx, forbidden) => {
    expect(await compile(mdx)).not.toContain(forbidden);
  });

  test('keeps a project component with its text attributes and Markdown children', async () => {
    const code = await compile('<Callout type="warning">Chú ý **quan trọng**</Callout>');
    expect(code).toMatch(/_jsxs\(Callout, \{\s+type: "warning",/);
    expect(code).toMatch(/_jsx\(_components\.strong, \{ children: "quan trọng" \}\)/);
  });
});
