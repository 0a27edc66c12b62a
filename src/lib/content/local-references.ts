/**
 * Files a Markdown body points to beside itself: `![alt](./anh.jpg)`, `<img src="./anh.jpg">`,
 * `[tệp](./bieu-mau.pdf)`. Remote addresses and anchors are not local files. Returns each
 * reference once, with its 1-based line in the body.
 */
export function localReferences(body: string): { target: string; line: number }[] {
  const found = new Map<string, number>();
  const patterns = [/\]\(\s*<?(\.{1,2}\/[^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, /\bsrc\s*=\s*["'](\.{1,2}\/[^"']+)["']/g];
  for (const pattern of patterns) {
    for (const match of body.matchAll(pattern)) {
      const target = decodeURI(match[1]!.split('#')[0]!.split('?')[0]!);
      if (!found.has(target)) found.set(target, body.slice(0, match.index).split('\n').length);
    }
  }
  return [...found].map(([target, line]) => ({ target, line }));
}
