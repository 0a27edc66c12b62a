import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { markdownToHtml, type HastPluginEntry } from 'satteri';
import { describe, expect, test } from 'vitest';
import { headingIds, idsInTemplate } from '../../../src/lib/markdown/heading-ids.ts';
import { satteriSanitizer } from '../../../src/lib/markdown/satteri-sanitizer.ts';
import { templateIds } from '../../../src/lib/markdown/template-ids.ts';

const PAGE_IDS = ['noi-dung', 'lien-he', 'doc-them'];

/** The ids of a body's headings, rendered as the site does: our plugins, then Astro's heading-id step. */
async function ids(
  markdown: string,
  plugins: HastPluginEntry[] = [satteriSanitizer, headingIds(PAGE_IDS)],
): Promise<string[]> {
  const { html } = await markdownToHtml(markdown, {
    features: { rawHtml: true },
    hastPlugins: [...plugins, satteriHeadingIdsPlugin()],
  });
  return [...html.matchAll(/<h\d id="([^"]*)"/g)].map((m) => m[1]!);
}

describe("a heading's id never repeats one of the page's own", () => {
  test.each([
    ['"Lien he" (the footer is lien-he)', '## Lien he', ['lien-he-1']],
    ['"Noi dung" (the skip link goes to noi-dung)', '## Noi dung', ['noi-dung-1']],
    ['"Đọc thêm" keeps its accented id', '## Đọc thêm', ['đọc-thêm']],
    ['two equal headings, as Astro numbers them', '## Mục\n\n## Mục', ['mục', 'mục-1']],
    ['a page id twice', '## Lien he\n\n## Lien he', ['lien-he-1', 'lien-he-2']],
    [
      'an id the editor wrote (prefixed by the sanitiser)',
      '<h2 id="lien-he">A</h2>',
      ['user-content-lien-he'],
    ],
  ])('%s', async (_, markdown, expected) => {
    expect(await ids(markdown)).toEqual(expected);
  });

  test('every other heading gets the id Astro alone would give it', async () => {
    const body = '# Tiêu đề\n\n## Chỉ tiêu chính\n\n### Năm 2026\n\n## Chỉ tiêu chính\n\n## FAQ: hỏi & đáp';
    expect(await ids(body)).toEqual(await ids(body, [satteriSanitizer]));
  });

  test('without it, Astro would repeat the id of the page footer', async () => {
    expect(await ids('## Lien he', [satteriSanitizer])).toEqual(['lien-he']);
  });
});

describe("the page's own ids are read from the templates", () => {
  test.each([
    ['a fixed id', '<main id="noi-dung">', ['noi-dung']],
    ['an id passed to a component', '<SearchForm id="q-header" />', ['q-header']],
    ['an id computed in the template is not a fixed one', '<input id={id} /><h2 id={`loc-${i}`}>', []],
    ['aria-labelledby and data-id are not ids', '<section aria-labelledby="x" data-id="y">', []],
  ])('%s', (_, source, expected) => {
    expect(idsInTemplate(source)).toEqual(expected);
  });

  test("src/ holds the shell's ids: the skip link's target, the header's search box, the footer", () => {
    const ids = templateIds();
    for (const id of ['noi-dung', 'q-header', 'lien-he']) expect(ids).toContain(id);
  });
});
