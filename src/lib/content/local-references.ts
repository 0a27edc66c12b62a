/**
 * Files a Markdown or MDX body points to beside itself: `![alt](./anh.jpg)`, `![alt](anh.jpg)`,
 * `<img src="anh.jpg">`, `[tệp](./bieu-mau.pdf)`, `<a href="./bieu-mau.pdf">`, `<Gallery images="./a.jpg, ./b.jpg">`,
 * `<Map src="./ban-do.png">`. Remote addresses (with a scheme or `//`) and anchors are not local
 * files; an address from the site's root (`/anh.jpg`) is returned as it is, for `check` to
 * refuse. Returns each reference once, with its 1-based line in the body, and whether a page
 * shows it as a picture (`image`: the build must be able to read it as one).
 */
export function localReferences(body: string): { target: string; line: number; image: boolean }[] {
  const found = new Map<string, { line: number; image: boolean }>();
  const add = (raw: string, index: number, image = true) => {
    const target = decode(raw.trim().split('#')[0]!.split('?')[0]!);
    if (target === '' || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return;
    const local = target.startsWith('/') || target.startsWith('./') || target.startsWith('../') ? target : `./${target}`;
    const known = found.get(local);
    if (!known) found.set(local, { line: body.slice(0, index).split('\n').length, image });
    else if (image && !known.image) found.set(local, { line: body.slice(0, index).split('\n').length, image });
  };
  // A link to a page or file: only "./" or "../" mark a file (a plain "muc-khac/" may be a page).
  // Written `<./biểu mẫu.pdf>`, a file name may hold spaces.
  for (const m of body.matchAll(/(?<!!)\]\(\s*(?:<(\.{1,2}\/[^>\n]+)>|(\.{1,2}\/[^)\s>]+))(?:\s+"[^"]*")?\s*\)/g)) add(m[1] ?? m[2]!, m.index, false);
  // The same in raw HTML (`<a href="./bieu-mau.pdf">`), in .md and .mdx alike.
  for (const m of body.matchAll(/<(?:a|area)\b[^>]*?\shref\s*=\s*(?:"(\.{1,2}\/[^"]*)"|'(\.{1,2}\/[^']*)')/gi)) add(m[1] ?? m[2]!, m.index, false);
  // An image is always a file.
  for (const m of body.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) add(m[1]!, m.index);
  // `src` of <img> and <Map> is a picture; of <video>, <audio> or <source> it is another file.
  for (const m of body.matchAll(/\b(?:src|poster)\s*=\s*["']([^"']+)["']/g)) {
    const tag = /^<\s*([A-Za-z]+)/.exec(body.slice(body.lastIndexOf('<', m.index), m.index))?.[1]?.toLowerCase();
    add(m[1]!, m.index, m[0].startsWith('poster') || tag === 'img' || tag === 'map');
  }
  for (const m of body.matchAll(/\bimages\s*=\s*["']([^"']+)["']/g)) for (const part of m[1]!.split(',')) add(part, m.index);
  return [...found].map(([target, { line, image }]) => ({ target, line, image }));
}

function decode(target: string): string {
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
}
