/**
 * Files a Markdown or MDX body points to beside itself: `![alt](./anh.jpg)`, `![alt](anh.jpg)`,
 * `<img src="anh.jpg">`, `[tệp](./bieu-mau.pdf)`, `<Gallery images="./a.jpg, ./b.jpg">`,
 * `<Map src="./ban-do.png">`. Remote addresses (with a scheme or `//`) and anchors are not local
 * files; an address from the site's root (`/anh.jpg`) is returned as it is, for `check` to
 * refuse. Returns each reference once, with its 1-based line in the body.
 */
export function localReferences(body: string): { target: string; line: number }[] {
  const found = new Map<string, number>();
  const add = (raw: string, index: number) => {
    const target = decode(raw.trim().split('#')[0]!.split('?')[0]!);
    if (target === '' || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return;
    const local = target.startsWith('/') || target.startsWith('./') || target.startsWith('../') ? target : `./${target}`;
    if (!found.has(local)) found.set(local, body.slice(0, index).split('\n').length);
  };
  // A link to a page or file: only "./" or "../" mark a file (a plain "muc-khac/" may be a page).
  for (const m of body.matchAll(/(?<!!)\]\(\s*<?(\.{1,2}\/[^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) add(m[1]!, m.index);
  // An image is always a file.
  for (const m of body.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) add(m[1]!, m.index);
  for (const m of body.matchAll(/\b(?:src|poster)\s*=\s*["']([^"']+)["']/g)) add(m[1]!, m.index);
  for (const m of body.matchAll(/\bimages\s*=\s*["']([^"']+)["']/g)) for (const part of m[1]!.split(',')) add(part, m.index);
  return [...found].map(([target, line]) => ({ target, line }));
}

function decode(target: string): string {
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
}
