import { markdownToHtml, mdxToJs, type HastPluginDefinition } from 'satteri';
import { describe, expect, test } from 'vitest';
import { satteriSanitizer } from '../../../src/lib/markdown/satteri-sanitizer.ts';
import { MDX_VECTORS, VECTORS } from '../../fixtures/security/vectors.ts';

/**
 * What a browser would make of an address: tabs and line breaks dropped anywhere, blanks and
 * control characters at the ends, lower case. Written here apart from the site's own check.
 */
const scheme = (url: string): string => {
  const clean = url
    .replace(/[\t\n\r]/g, '')
    // eslint-disable-next-line no-control-regex -- control characters before a scheme are the attack
    .replace(/^[\u0000-\u0020]+/, '')
    .toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(clean)?.[1] ?? '';
};
const SCRIPT_CAPABLE = /^(javascript|vbscript|data|file|livescript|mocha)$/;

const decode = (text: string): string =>
  text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/g, ':')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Every attribute of every tag in some HTML, values decoded. */
function attributes(html: string): [string, string][] {
  const found: [string, string][] = [];
  for (const tag of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
    for (const a of tag[0].matchAll(/\s([^\s=/>]+)(?:=("([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      found.push([a[1]!.toLowerCase(), decode(a[3] ?? a[4] ?? a[5] ?? '')]);
    }
  }
  return found;
}

/** The problems a published page would have: script, handlers, script-capable addresses. */
function dangers(html: string): string[] {
  const problems: string[] = [];
  if (/<script/i.test(html)) problems.push('script element');
  for (const [name, value] of attributes(html)) {
    if (name.startsWith('on')) problems.push(`handler ${name}`);
    if (name === 'srcdoc') problems.push('srcdoc');
    for (const url of name === 'srcset'
      ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '')
      : [value]) {
      if (SCRIPT_CAPABLE.test(scheme(url))) problems.push(`${name}="${value}"`);
    }
    if (
      /^(href|src|action|formaction|poster|xlink:href|data|srcset)$/.test(name) &&
      /^\s*[\\/]{2}/.test(value)
    )
      problems.push(`${name} leaves the site: ${value}`);
  }
  return problems;
}

async function renderMarkdown(markdown: string): Promise<string> {
  const { html } = await markdownToHtml(markdown, {
    features: { rawHtml: true },
    hastPlugins: [satteriSanitizer],
  });
  return html;
}

interface MdxNode {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
}

/** Compiles MDX as the site does; returns the final tree as HTML-like text, and the JS code. */
async function renderMdx(mdx: string): Promise<{ html: string; code: string }> {
  let text = '';
  const capture: HastPluginDefinition = {
    name: 'capture',
    after: (root) => void (text = html(root as unknown as MdxNode)),
  };
  try {
    const { code } = await mdxToJs(mdx, {
      hastPlugins: [satteriSanitizer, capture],
      jsxImportSource: 'astro',
    });
    return { html: text, code };
  } catch {
    // MDX that does not compile is refused by `check` (mdx-problems.ts) and never published.
    return { html: '', code: '' };
  }
}

const escape = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** A final MDX tree as HTML-like text: elements with their properties, components with their attributes. */
function html(node: MdxNode): string {
  const children = (node.children ?? []).map(html).join('');
  if (node.type === 'element') {
    const props = Object.entries(node.properties ?? {})
      .map(([k, v]) => ` ${k}="${escape(Array.isArray(v) ? v.join(' ') : String(v))}"`)
      .join('');
    return `<${node.tagName}${props}>${children}`;
  }
  if (node.type.startsWith('mdxJsx')) {
    const attrs = (node.attributes ?? [])
      .map(
        (a) =>
          ` ${a.name}="${escape(typeof a.value === 'string' ? a.value : `{${JSON.stringify(a.value)}}`)}"`,
      )
      .join('');
    return `<${node.name}${attrs}>${children}`;
  }
  return children;
}

describe('no vector of the corpus reaches a page as a script, a handler or a script-capable address', () => {
  test.each(VECTORS)('Markdown: %s', async (_, markdown) => {
    expect(dangers(await renderMarkdown(markdown))).toEqual([]);
  });

  test.each([...VECTORS, ...MDX_VECTORS])('MDX: %s', async (_, mdx) => {
    const { html, code } = await renderMdx(mdx);
    expect(dangers(html)).toEqual([]);
    // Outside its string literals (the page's text), the module calls nothing an editor wrote.
    expect(code.replace(/"(?:[^"\\]|\\.)*"/g, '""')).not.toContain('alert(');
  });
});

test('the corpus checker itself finds what it must', () => {
  expect(dangers('<a href="jav&#x09;ascript:x">')).toEqual(['href="jav\tascript:x"']);
  expect(dangers('<img src="x" onerror="y">')).toEqual(['handler onerror']);
  expect(dangers('<a href="//evil.example">')).toEqual(['href leaves the site: //evil.example']);
});

test('safe addresses are kept', async () => {
  expect(
    await renderMarkdown(
      '[a](https://xa.gov.vn) [b](mailto:ubnd@xa.gov.vn) [c](tel:0257123) [d](./bieu-mau.pdf) [e](#muc-1)',
    ),
  ).toBe(
    '<p><a href="https://xa.gov.vn">a</a> <a href="mailto:ubnd@xa.gov.vn">b</a> <a href="tel:0257123">c</a> <a href="./bieu-mau.pdf">d</a> <a href="#muc-1">e</a></p>\n',
  );
});
