import type { HastPluginDefinition } from 'satteri';
import { suggestion } from '../closest.ts';
import { problem, type Problem } from '../problems.ts';
import { mdxAttributeProblems } from './mdx-attributes.ts';
import { mdxHtmlProblems } from './mdx-html-problems.ts';
import { isMdxComponent, isSafeAttributeName, MDX_COMPONENTS } from './mdx-components.ts';
import { SANITIZE_SCHEMA } from './sanitize-schema.ts';

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const HTML_TAGS = new Set([...(SANITIZE_SCHEMA.tagNames ?? [])]);
const USE_MD =
  'Nếu bài không cần thành phần đặc biệt (Callout, Gallery, DocumentList, Map), đổi đuôi tệp thành .md.';

/**
 * What `check` says about an `.mdx` item: the build removes code anyway (`clean-mdx-tree.ts`),
 * but an editor must learn it before publishing rather than see a part of the item vanish.
 * `source` is the whole file, so lines match the editor's.
 */
export async function mdxProblems(source: string, file: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const add = (node: Node, message: string, fix: string) =>
    problems.push(problem(file, message, { line: node.position?.start.line, fix }));
  const visit = (node: Node): void => {
    if (node.type === 'mdxjsEsm')
      importProblems(String(node.value)).forEach(([message, fix, severity]) =>
        problems.push(problem(file, message, { line: node.position?.start.line, fix, severity })),
      );
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      add(
        node,
        `Không được dùng biểu thức {${String(node.value).trim().slice(0, 40)}} trong bài: đó là mã chương trình.`,
        `Xóa dấu { } và phần bên trong; muốn ghi chú cho người biên tập thì ghi ngoài tệp. ${USE_MD}`,
      );
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') jsxProblems(node, add);
    node.children?.forEach(visit);
  };
  const collector: HastPluginDefinition = {
    name: 'trangxa-mdx-check',
    options: { position: true },
    after: (root) => {
      visit(root as unknown as Node);
      problems.push(...mdxHtmlProblems(root as unknown as Parameters<typeof mdxHtmlProblems>[0], file));
    },
  };
  try {
    // Loaded on the first .mdx only: most deployments have none, and `check` starts faster.
    const { mdxToJs } = await import('satteri');
    await mdxToJs(source, { hastPlugins: [collector] });
  } catch (error) {
    const text = (error as Error).message;
    const line = Number(/^(\d+):\d+/.exec(text)?.[1]) || undefined;
    const comment = text.includes('comment');
    problems.push(
      problem(
        file,
        comment
          ? 'Tệp .mdx không dùng được chú thích HTML <!-- -->.'
          : 'Tệp .mdx viết sai cú pháp (thường là dấu <, { hoặc } lẻ, hoặc thẻ chưa đóng).',
        {
          line,
          fix: comment
            ? 'Xóa chú thích <!-- ... -->.'
            : `Sửa dòng này; muốn viết dấu < hoặc { như chữ thường thì viết \\< hoặc \\{. ${USE_MD}`,
        },
      ),
    );
  }
  return problems;
}

function importProblems(esm: string): [string, string, Problem['severity']][] {
  return esm
    .split('\n')
    .filter((line) => line.trim())
    .map((line): [string, string, Problem['severity']] => {
      const names = /^\s*import\s+(?:\{([^}]*)\}|(\w+))\s+from\s+['"][^'"]+['"];?\s*$/.exec(line);
      const imported = names
        ? (names[1] ?? names[2] ?? '')
            .split(',')
            .map((n) => n.trim().split(/\s+as\s+/)[0]!)
            .filter(Boolean)
        : [];
      if (names && imported.every(isMdxComponent)) {
        return [
          `Không cần dòng "${line.trim()}": ${imported.join(', ')} đã có sẵn.`,
          'Xóa dòng import này.',
          'warning',
        ];
      }
      return [
        `Không được nhập (import) hay xuất (export) mã trong bài: "${line.trim().slice(0, 60)}".`,
        `Chỉ dùng các thành phần có sẵn: ${MDX_COMPONENTS.join(', ')}, không cần import. Xóa dòng này.`,
        'error',
      ];
    });
}

function jsxProblems(node: Node, add: (node: Node, message: string, fix: string) => void): void {
  const name = node.name ?? '';
  if (/^[A-Z]/.test(name) || name.includes('.')) {
    if (!isMdxComponent(name))
      add(
        node,
        `Không có thành phần <${name}>.${suggestion(name, MDX_COMPONENTS)}`,
        `Chỉ dùng: ${MDX_COMPONENTS.join(', ')}.`,
      );
    else {
      const text = Object.fromEntries(
        (node.attributes ?? []).flatMap((a) =>
          a.name && typeof a.value === 'string' ? [[a.name, a.value]] : [],
        ),
      );
      mdxAttributeProblems(name, text).forEach((p) => add(node, p.message, p.fix));
    }
  } else if (name && !HTML_TAGS.has(name) && name !== 'iframe') {
    add(
      node,
      `Thẻ <${name}> không được phép trong bài và sẽ bị xóa khi đăng.`,
      'Xóa thẻ này; dùng định dạng Markdown hoặc các thành phần có sẵn.',
    );
  }
  for (const attribute of node.attributes ?? []) {
    const label = attribute.name ?? '{…}';
    if (attribute.type !== 'mdxJsxAttribute' || !isSafeAttributeName(label)) {
      add(
        node,
        `Thuộc tính "${label}" của <${name}> là mã chương trình, không được dùng.`,
        'Xóa thuộc tính này.',
      );
    } else if (
      attribute.value !== null &&
      attribute.value !== undefined &&
      typeof attribute.value !== 'string'
    ) {
      add(
        node,
        `Thuộc tính "${label}" của <${name}> phải là chữ trong dấu nháy, không phải biểu thức { }.`,
        `Viết ${label}="..."`,
      );
    }
  }
}
