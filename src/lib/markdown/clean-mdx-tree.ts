import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import type { Schema } from 'hast-util-sanitize';
import { isMdxComponent, isSafeAttributeName } from './mdx-components.ts';
import { sanitizeHtmlTree } from './sanitize-html-tree.ts';
import { SANITIZE_SCHEMA } from './sanitize-schema.ts';

/** The MDX nodes this module reads; `satteri` builds them, `@types/hast` does not know them. */
interface MdxJsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: AnyNode[];
}
type AnyNode = RootContent | ElementContent | MdxJsxNode | { type: string; children?: AnyNode[] };

const SLOT = 'trangxa-component';
const SLOT_SCHEMA: Schema = {
  ...SANITIZE_SCHEMA,
  tagNames: [...(SANITIZE_SCHEMA.tagNames ?? []), SLOT],
  attributes: { ...SANITIZE_SCHEMA.attributes, [SLOT]: ['dataSlot'] },
};

/**
 * Makes an MDX body safe: no code runs and no HTML escapes the allowlist.
 * - `import`/`export` and every `{…}` expression are removed (the project's components come
 *   from the page, see `mdx-components.ts`; `check` reports them as errors first).
 * - The project's components are kept with their text attributes only.
 * - Any other JSX tag becomes plain HTML and goes through the same sanitiser as Markdown, so
 *   `<script>`, `onclick` or `set:html` never reach the page; an unknown component is unwrapped.
 */
export function cleanMdxTree(root: Root): Root {
  const components: MdxJsxNode[] = [];
  const toHtml = (nodes: AnyNode[]): AnyNode[] =>
    nodes.flatMap((node): AnyNode[] => {
      if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
        return [];
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const jsx = node as MdxJsxNode;
        const children = toHtml(jsx.children);
        if (isMdxComponent(jsx.name)) {
          components.push({
            ...jsx,
            attributes: textAttributes(jsx).map(([name, value]) => ({
              type: 'mdxJsxAttribute',
              name,
              value,
            })),
            children: [],
          });
          return [slot(components.length - 1, children)];
        }
        if (!jsx.name || /^[A-Z]/.test(jsx.name) || jsx.name.includes('.')) return children;
        return [
          {
            type: 'element',
            tagName: jsx.name,
            properties: htmlProperties(jsx),
            children: children as ElementContent[],
          },
        ];
      }
      if ('children' in node && node.children)
        return [{ ...node, children: toHtml(node.children) } as AnyNode];
      return [node];
    });
  const html = sanitizeHtmlTree(
    { type: 'root', children: toHtml(root.children) as RootContent[] },
    SLOT_SCHEMA,
  );
  return { type: 'root', children: restore(html.children, components) as RootContent[] };
}

const slot = (index: number, children: AnyNode[]): Element => ({
  type: 'element',
  tagName: SLOT,
  properties: { dataSlot: String(index) },
  children: children as ElementContent[],
});

function restore(nodes: AnyNode[], components: MdxJsxNode[]): AnyNode[] {
  return nodes.map((node) => {
    if (node.type !== 'element') return node;
    const element = node as Element;
    const children = restore(element.children, components);
    if (element.tagName !== SLOT) return { ...element, children } as AnyNode;
    return { ...components[Number(element.properties['dataSlot'])]!, children };
  });
}

function textAttributes(jsx: MdxJsxNode): [string, string][] {
  return jsx.attributes.flatMap((a) =>
    a.type === 'mdxJsxAttribute' && a.name && isSafeAttributeName(a.name) && typeof a.value === 'string'
      ? [[a.name, a.value] as [string, string]]
      : [],
  );
}

/** `class` is `className` in hast; the sanitiser reads the other allowed attributes by their HTML name. */
const htmlProperties = (jsx: MdxJsxNode): Properties =>
  Object.fromEntries(
    textAttributes(jsx).map(([name, value]) => [
      name === 'class' ? 'className' : name,
      name === 'class' ? value.split(/\s+/) : value,
    ]),
  );
