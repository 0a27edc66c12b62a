import { expect, test } from 'vitest';
import { parentChannel, type BatchMessage } from '../../src/lib/build/batch-messages.ts';
import type { IndexedPage } from '../../src/lib/build/indexed-page.ts';

const record = { meta: { title: 'Tin' }, filters: {} };
const page = (i: number): IndexedPage => ({
  commune: 'xa-mau',
  path: `tin-tuc/2026/tin-${i}`,
  html: `<html><body><header>Xã Mẫu</header><main data-pagefind-body><h1>Tin ${i}</h1></main></body></html>`,
  record,
});

/** What the parent receives for a number of pages rendered, then "built". */
async function sent(pages: number) {
  const messages: BatchMessage[] = [];
  const channel = parentChannel((message, done) => {
    messages.push(message);
    setImmediate(() => done(null));
  });
  for (let i = 0; i < pages; i++) channel.sink(page(i));
  await channel.built(['xa-mau']);
  return messages;
}

test.each([
  [0, []],
  [1, [1]],
  [50, [50]],
  [51, [50, 1]],
  [120, [50, 50, 20]],
])('%i pages go in bundles of %j, then the communes built', async (pages, bundles) => {
  const messages = await sent(pages);
  expect(messages.slice(0, -1).map((m) => (m.kind === 'pages' ? m.pages.length : -1))).toEqual(bundles);
  expect(messages.at(-1)).toEqual({ kind: 'built', communes: ['xa-mau'] });
});

test('each page is cut to its indexed element, in the order rendered', async () => {
  const [first] = await sent(2);
  expect(first).toEqual({
    kind: 'pages',
    pages: [0, 1].map((i) => ({ ...page(i), html: `<main data-pagefind-body><h1>Tin ${i}</h1></main>` })),
  });
});

test('a message that cannot be sent fails "built"', async () => {
  const channel = parentChannel((_message, done) => done(new Error('kênh đã đóng')));
  channel.sink(page(0));
  await expect(channel.built([])).rejects.toThrow('kênh đã đóng');
});

test('a bundle that fails while rendering goes on is reported by "built", not as an unhandled error', async () => {
  const channel = parentChannel((message, done) =>
    setImmediate(() => done(message.kind === 'pages' ? new Error('kênh đã đóng') : null)),
  );
  for (let i = 0; i < 50; i++) channel.sink(page(i));
  await new Promise((resolve) => setTimeout(resolve, 10));
  await expect(channel.built([])).rejects.toThrow('kênh đã đóng');
});
