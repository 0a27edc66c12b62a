import { expect, test } from 'vitest';
import { escapeHtml, escapeXml } from '../../src/lib/escape-html.ts';

test.each([
  { text: 'Xã Sông Hinh', html: 'Xã Sông Hinh', xml: 'Xã Sông Hinh' },
  { text: '', html: '', xml: '' },
  {
    text: '<script>alert("x")</script>',
    html: '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;',
    xml: '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;',
  },
  { text: 'A & B', html: 'A &amp; B', xml: 'A &amp; B' },
  { text: '&amp;', html: '&amp;amp;', xml: '&amp;amp;' },
  { text: "Đường 'liên xã'", html: "Đường 'liên xã'", xml: 'Đường &apos;liên xã&apos;' },
])('$text', ({ text, html, xml }) => {
  expect(escapeHtml(text)).toBe(html);
  expect(escapeXml(text)).toBe(xml);
});
