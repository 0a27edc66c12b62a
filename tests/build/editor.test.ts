import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, inject, test } from 'vitest';
import { ROOT } from '../support/build-site.ts';
import { JSDOMLike } from '../support/html-text.ts';

/** What the build writes for the web editor: each commune's quan-tri/ and the province's. */
const dist = inject('fixtureDist');

interface Field {
  name: string;
  widget: string;
  options?: { label: string; value: string }[];
  fields?: Field[];
}
interface Config {
  locale: string;
  collections: {
    name: string;
    label: string;
    folder?: string;
    files?: { file: string }[];
    fields?: Field[];
  }[];
}
const config = async (path: string) => load(await readFile(join(dist, path, 'config.yml'), 'utf8')) as Config;
const paths = (c: Config) =>
  c.collections.flatMap((col) => (col.folder ? [col.folder] : (col.files ?? []).map((f) => f.file)));

describe('the editor in the build', () => {
  test("a commune's editor edits that commune's folder only", async () => {
    const mau = await config('xa-mau/quan-tri');
    expect(mau.locale).toBe('vi');
    expect(paths(mau).length).toBeGreaterThan(10);
    for (const path of paths(mau)) expect(path).toMatch(/^content\/xa-mau\//);
  });

  test("the genres are those of the commune's royalty scheme in force, with their labels", async () => {
    const news = (await config('xa-mau/quan-tri')).collections.find((c) => c.name === 'tin-tuc')!;
    const genre = news.fields!.find((f) => f.name === 'royalty')!.fields!.find((f) => f.name === 'genre')!;
    expect(genre.options).toContainEqual({ label: 'Tin kèm ảnh', value: 'tin-kem-anh' });
  });

  test("the province's editor (dist/quan-tri/) has every commune's collections", async () => {
    const province = await config('quan-tri');
    const names = province.collections.map((c) => c.name);
    expect(names).toContain('xa-mau--tin-tuc');
    expect(names).toContain('xa-ben--tin-tuc');
    expect(paths(province).some((p) => p.startsWith('content/xa-ben/'))).toBe(true);
  });

  test('Decap CMS is served from our files, and the preview has the site stylesheet', async () => {
    const decap = join(ROOT, 'node_modules/decap-cms/dist/decap-cms.js');
    expect((await stat(join(dist, 'xa-mau/quan-tri/decap-cms.js'))).size).toBe((await stat(decap)).size);
    const page = new JSDOMLike(await readFile(join(dist, 'xa-mau/quan-tri/index.html'), 'utf8'));
    expect(page.attrs('script[src]', 'src')).toContain('decap-cms.js');
    // Nothing is loaded from another host: the editor works on a district network without internet.
    const addresses = [...page.attrs('[src]', 'src'), ...page.attrs('link[href]', 'href')];
    expect(addresses.filter((url) => /^(https?:)?\/\//.test(url))).toEqual([]);
    expect(await readFile(join(dist, 'xa-mau/quan-tri/preview.css'), 'utf8')).toContain('.prose');
  });
});
