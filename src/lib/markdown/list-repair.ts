import type { Element, ElementContent, Root, RootContent } from 'hast';

type Child = RootContent | ElementContent;
const LISTS = new Set(['ul', 'ol', 'menu']);
const isElement = (node: Child | undefined, tag: string): node is Element =>
  node?.type === 'element' && node.tagName === tag;
const blank = (node: Child) => node.type === 'text' && node.value.trim() === '';

/**
 * Repairs the two list mistakes of hand-written HTML that the browser's parser leaves as they
 * are, so that the page stays valid HTML (`check` has warned the editor: `content-model.ts`):
 * anything but `<li>` inside `<ul>`/`<ol>` goes into an `<li>` of its own, and `<li>` written
 * outside a list is gathered, with the items right beside it, into a `<ul>`.
 */
export function repairLists<T extends Root | Element>(node: T): T {
  const inList = node.type === 'element' && LISTS.has(node.tagName);
  const made = new Set<Element>();
  const out: Child[] = [];
  for (const original of node.children as Child[]) {
    const child = original.type === 'element' ? repairLists(original) : original;
    const last = out.at(-1);
    if (inList) {
      out.push(
        isElement(child, 'li') || blank(child) || child.type === 'comment'
          ? child
          : li(child as ElementContent),
      );
    } else if (isElement(child, 'li') || (blank(child) && last?.type === 'element' && made.has(last))) {
      if (last?.type === 'element' && made.has(last)) last.children.push(child as ElementContent);
      else {
        const list: Element = {
          type: 'element',
          tagName: 'ul',
          properties: {},
          children: [child as ElementContent],
        };
        made.add(list);
        out.push(list);
      }
    } else out.push(child);
  }
  return { ...node, children: out } as T;
}

const li = (child: ElementContent): Element => ({
  type: 'element',
  tagName: 'li',
  properties: {},
  children: [child],
});
