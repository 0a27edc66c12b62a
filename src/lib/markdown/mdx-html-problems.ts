import { problem, type Problem } from '../problems.ts';
import { nestingProblem } from './content-model.ts';

interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/**
 * Images without a text alternative and HTML nested against `content-model.ts`, in the tree of
 * an `.mdx` body, which is what the page publishes: in MDX, HTML is JSX and no browser parser
 * rearranges it. A component (`<Callout>`, capitalised) counts as a block that may hold anything.
 */
export function mdxHtmlProblems(root: Node, file: string): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: Node, parent: string | undefined) => {
    const line = node.position?.start.line;
    const jsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    const tag =
      node.type === 'element'
        ? node.tagName
        : jsx && node.name && /^[a-z]/.test(node.name)
          ? node.name
          : undefined;
    if (tag) {
      const found = nestingProblem(parent, tag);
      if (found) problems.push(problem(file, found.message, { line, fix: found.fix, severity: 'warning' }));
    }
    if (tag === 'img') imageProblem(node, jsx, file, line, problems);
    const inside = tag ?? (jsx ? 'div' : parent);
    node.children?.forEach((child) => visit(child, inside));
  };
  root.children?.forEach((child) => visit(child, undefined));
  return problems;
}

function imageProblem(
  node: Node,
  jsx: boolean,
  file: string,
  line: number | undefined,
  problems: Problem[],
): void {
  if (jsx) {
    if (node.attributes?.some((a) => a.name === 'alt')) return;
    const src = node.attributes?.find((a) => a.name === 'src')?.value;
    const address = typeof src === 'string' ? src : './ten-anh.jpg';
    problems.push(
      problem(
        file,
        `Ảnh <img src="${address}"> thiếu thuộc tính alt (mô tả ảnh): người khiếm thị dùng trình đọc màn hình không biết ảnh nói gì.`,
        {
          line,
          fix: `Thêm mô tả ảnh: <img src="${address}" alt="Mô tả ngắn nội dung ảnh" />; ảnh chỉ để trang trí thì ghi alt="".`,
        },
      ),
    );
    return;
  }
  const alt = node.properties?.['alt'];
  if (typeof alt === 'string' && alt.trim()) return;
  const src = node.properties?.['src'];
  const address = typeof src === 'string' ? src : './ten-anh.jpg';
  problems.push(
    problem(
      file,
      `Ảnh "${address}" không có mô tả (chữ trong [ ]): người khiếm thị dùng trình đọc màn hình không biết ảnh nói gì.`,
      {
        line,
        fix: `Thêm mô tả ảnh: ![Mô tả ngắn nội dung ảnh](${address}). Chỉ để trống nếu ảnh thuần trang trí.`,
        severity: 'warning',
      },
    ),
  );
}
