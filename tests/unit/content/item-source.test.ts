import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { frontmatterEnd, parseMarkdown } from '../../../src/lib/content/frontmatter.ts';
import { readItemSource } from '../../../src/lib/content/item-source.ts';

// Where the frontmatter ends, found in the bytes, is where parseMarkdown's body starts.
test.each([
  ['LF line ends', '---\ntitle: A\n---\nBody\n'],
  ['CRLF line ends', '---\r\ntitle: A\r\n---\r\nBody\r\n'],
  ['a byte-order mark', '\uFEFF---\ntitle: A\n---\nBody'],
  ['blanks after the dashes', '---  \ntitle: A\n--- \t\nBody'],
  ['an empty frontmatter', '---\n---\nBody'],
  ['no body, no last line break', '---\ntitle: A\n---'],
  ['"----" and "--- x" are not the close', '---\ntitle: A\n----\nb: 1\n--- x\nc: 2\n---\nBody ---\n---\n'],
  ['Vietnamese before the close', '---\ntitle: Hội nghị triển khai\n---\nNội dung'],
  ['a horizontal rule in the body', '---\ntitle: A\n---\nText\n\n---\n\nMore'],
  ['a close at the very end after blanks', '---\ntitle: A\n---   '],
  ['a lone carriage return after the close', '---\ntitle: A\n---\r'],
  ['no close', '---\ntitle: A\nBody'],
  ['no opening', 'title: A\n---\nBody'],
])('%s', (_what, source) => {
  const parsed = parseMarkdown(source, 'x.md');
  const expected = 'frontmatter' in parsed ? Buffer.byteLength(source) - Buffer.byteLength(parsed.body) : undefined;
  expect(frontmatterEnd(Buffer.from(source))).toBe(expected);
});

test('an item read as bytes: the frontmatter, and the body only when it names a file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'trangxa-source-'));
  await mkdir(join(dir, 'xa', 'tin-tuc'), { recursive: true });
  const long = 'Đoạn văn dài. '.repeat(10_000);
  await writeFile(join(dir, 'xa/tin-tuc/a.md'), `---\ntitle: Hội nghị\n---\n${long}\n`);
  await writeFile(join(dir, 'xa/tin-tuc/b.md'), '---\ntitle: B\ndate: 2026-01-02\n---\nXem ![ảnh](./anh.jpg)\n');
  await writeFile(join(dir, 'xa/tin-tuc/c.mdx'), '---\ntitle: C\n---\n<Callout>x</Callout>\n');
  await writeFile(join(dir, 'xa/tin-tuc/d.md'), '---\ntitle: "D\n---\n');
  expect(readItemSource(dir, 'xa', { section: 'tin-tuc', rel: 'a.md' })).toEqual({ section: 'tin-tuc', rel: 'a.md', problems: [], raw: { title: 'Hội nghị' } });
  expect(readItemSource(dir, 'xa', { section: 'tin-tuc', rel: 'b.md' })).toEqual({
    section: 'tin-tuc', rel: 'b.md', problems: [], raw: { title: 'B', date: '2026-01-02' }, body: 'Xem ![ảnh](./anh.jpg)\n', bodyLine: 4,
  });
  expect(readItemSource(dir, 'xa', { section: 'tin-tuc', rel: 'c.mdx' }).source).toBe('---\ntitle: C\n---\n<Callout>x</Callout>\n');
  // YAML that does not parse: the same problem, on the same line, as reading the whole text.
  const whole = parseMarkdown('---\ntitle: "D\n---\n', 'xa/tin-tuc/d.md');
  expect('frontmatter' in whole && whole.frontmatter.problems.length).toBe(1);
  expect(readItemSource(dir, 'xa', { section: 'tin-tuc', rel: 'd.md' }).problems).toEqual('frontmatter' in whole ? whole.frontmatter.problems : []);
  // The first file was larger than the reading buffer; read again after the others, it is the same.
  expect(readItemSource(dir, 'xa', { section: 'tin-tuc', rel: 'a.md' }).raw).toEqual({ title: 'Hội nghị' });
});
