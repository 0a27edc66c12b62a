import { markdownToMdast } from 'satteri';
import { closesOpen, nestingProblem, VOID } from '../markdown/content-model.ts';
import { problem, type Problem } from '../problems.ts';

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  label?: string;
  ordered?: boolean;
  spread?: boolean | null;
  depth?: number;
  children?: MdNode[];
  position?: { start: { line: number } };
}

/** The element a Markdown node becomes on the page, for the nesting rules. */
const MARKDOWN_TAGS: Record<string, (node: MdNode) => string> = {
  paragraph: () => 'p',
  heading: (n) => `h${n.depth ?? 2}`,
  list: (n) => (n.ordered ? 'ol' : 'ul'),
  listItem: () => 'li',
  blockquote: () => 'blockquote',
  code: () => 'pre',
  table: () => 'table',
  tableRow: () => 'tr',
  tableCell: () => 'td',
  thematicBreak: () => 'hr',
  emphasis: () => 'em',
  strong: () => 'strong',
  delete: () => 'del',
  link: () => 'a',
};

/** A start or end tag, with its attributes; comments are blanked out before matching. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const ALT = /(?:^|\s)alt(?:\s*=|\s|$)/i;
const SRC = /(?:^|\s)src\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

interface Open {
  tag: string;
  /** Written as raw HTML (closed by an end tag), not made by Markdown. */
  raw: boolean;
}

/**
 * What `check` says about the images and the raw HTML of a `.md` body: an image without a text
 * alternative (WCAG 1.1.1), and HTML nested against the rules of `content-model.ts`. It reads
 * the tags as the editor wrote them, with their lines, from the same Markdown parser the build
 * uses: the HTML tree the build makes has already been rearranged by the browser's parsing rules
 * (`<p>a<p>b</p></p>` becomes three paragraphs), so only the source tells what was meant.
 * `bodyLine` is the number of lines before the body, so lines match the editor's file.
 */
export function bodyHtmlProblems(body: string, file: string, bodyLine: number): Problem[] {
  if (!body.includes('<') && !body.includes('![')) return [];
  const problems: Problem[] = [];
  const stack: Open[] = [];
  const top = (): string | undefined => stack.at(-1)?.tag;
  const nest = (tag: string, line: number) => {
    const found = nestingProblem(top(), tag);
    if (found) problems.push(problem(file, found.message, { line: bodyLine + line, fix: found.fix, severity: 'warning' }));
  };

  const rawHtml = (html: string, line: number) => {
    const text = html.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
    for (const m of text.matchAll(TAG)) {
      const [, end, name, attributes = '', selfClosing] = m;
      const tag = name!.toLowerCase();
      const at = line + (text.slice(0, m.index).match(/\n/g)?.length ?? 0);
      if (end) {
        const index = stack.findLastIndex((o) => o.tag === tag);
        // Only raw elements above the last Markdown one: an end tag never closes Markdown's.
        if (index >= 0 && stack.slice(index).every((o) => o.raw)) stack.length = index;
        continue;
      }
      while (stack.at(-1)?.raw && closesOpen(top()!, tag)) stack.pop();
      nest(tag, at);
      if (tag === 'img' && !ALT.test(attributes)) {
        const src = SRC.exec(attributes);
        const address = src?.[1] ?? src?.[2] ?? src?.[3] ?? './ten-anh.jpg';
        problems.push(
          problem(file, `Ảnh <img src="${address}"> thiếu thuộc tính alt (mô tả ảnh): người khiếm thị dùng trình đọc màn hình không biết ảnh nói gì.`, {
            line: bodyLine + at,
            fix: `Thêm mô tả ảnh: <img src="${address}" alt="Mô tả ngắn nội dung ảnh">; ảnh chỉ để trang trí thì ghi alt="".`,
          }),
        );
      }
      if (!selfClosing && !VOID.has(tag)) stack.push({ tag, raw: true });
    }
  };

  const visit = (node: MdNode, tight = false) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') return rawHtml(node.value ?? '', line);
    if ((node.type === 'image' || node.type === 'imageReference') && !node.alt?.trim()) {
      const address = node.type === 'image' ? (node.url ?? '') : `[${node.label ?? ''}]`;
      const written = node.type === 'image' ? `(${address})` : address;
      problems.push(
        problem(file, `Ảnh "${address}" không có mô tả (chữ trong [ ]): người khiếm thị dùng trình đọc màn hình không biết ảnh nói gì.`, {
          line: bodyLine + line,
          fix: `Thêm mô tả ảnh: ![Mô tả ngắn nội dung ảnh]${written}. Chỉ để trống nếu ảnh thuần trang trí.`,
          severity: 'warning',
        }),
      );
    }
    // A tight list ("- a" lines without blank lines between) shows its items' text without <p>.
    const tag = tight && node.type === 'paragraph' ? undefined : MARKDOWN_TAGS[node.type]?.(node);
    const inner = node.type === 'list' ? !node.spread && !node.children?.some((item) => item.spread) : node.type === 'listItem' && tight;
    if (tag === undefined) return node.children?.forEach((child) => visit(child, inner));
    nest(tag, line);
    const depth = stack.length;
    stack.push({ tag, raw: false });
    node.children?.forEach((child) => visit(child, inner));
    // Raw elements left open inside a Markdown block end with it, as the browser ends them.
    stack.length = depth;
  };

  const root = markdownToMdast(body, { features: { rawHtml: true, gfm: true } }) as unknown as MdNode;
  root.children?.forEach((child) => visit(child));
  return problems;
}
