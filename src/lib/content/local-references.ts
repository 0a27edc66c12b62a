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
  // A link to a page or file: "./" or "../" mark a file (a plain "muc-khac/" may be a page), and
  // so does a plain name ending in a document's extension (`[mẫu](bieu-mau.pdf)`): a browser
  // reads it as "./bieu-mau.pdf", and editors often leave the "./" out.
  // Written `<./biểu mẫu.pdf>`, a file name may hold spaces.
  for (const m of body.matchAll(/(?<!!)\]\(\s*(?:<([^>\n]+)>|([^)\s>]+))(?:\s+"[^"]*")?\s*\)/g)) {
    const target = m[1] ?? m[2]!;
    if (isFileLink(target)) add(target, m.index, false);
  }
  // The same in raw HTML (`<a href="./bieu-mau.pdf">`), in .md and .mdx alike.
  for (const m of body.matchAll(/<(?:a|area)\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    const target = m[1] ?? m[2]!;
    if (isFileLink(target)) add(target, m.index, false);
  }
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

/** Extensions of the files a commune offers for download: a plain link ending so is a file. */
const DOCUMENT = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|txt|csv|zip|rar|7z|jpe?g|png|webp|gif|tiff?|mp3|mp4|webm)$/i;

/** Whether a link's target names a file beside the item rather than a page of the site. */
function isFileLink(target: string): boolean {
  const path = target.trim().split('#')[0]!.split('?')[0]!;
  if (path.startsWith('./') || path.startsWith('../')) return true;
  if (path === '' || path.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(path)) return false;
  return DOCUMENT.test(path);
}

function decode(target: string): string {
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
}
