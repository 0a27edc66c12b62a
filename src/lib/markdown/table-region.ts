import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

/**
 * Every table of a content body goes into a focusable, labelled region that scrolls sideways on
 * its own, so a five-column work calendar never widens the page on a 360 px phone and a
 * keyboard user can scroll it too (WCAG 2.1 SC 1.4.10 Reflow, 2.1.1 Keyboard). The label is the
 * table's caption, else its column headings: what a screen reader announces on entering it.
 * @see https://www.w3.org/TR/WCAG21/#reflow
 */
export const TABLE_REGION_CLASS = 'table-scroll';

const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

const elements = (nodes: readonly ElementContent[], tag: string): Element[] =>
  nodes.filter((n): n is Element => n.type === 'element' && n.tagName === tag);

/** The region's name: the caption, else "Bảng: Ngày, Thời gian, Nội dung, …" from the first row. */
export function tableLabel(table: Element): string {
  const caption = elements(table.children, 'caption')[0];
  if (caption) return textOf(caption).replace(/\s+/g, ' ').trim();
  const groups = [...elements(table.children, 'thead'), ...elements(table.children, 'tbody')];
  const firstRow = [
    ...elements(table.children, 'tr'),
    ...groups.flatMap((g) => elements(g.children, 'tr')),
  ][0];
  const headings = firstRow
    ? elements(firstRow.children, 'th').map((th) => textOf(th).replace(/\s+/g, ' ').trim())
    : [];
  return headings.length > 0 ? `Bảng: ${headings.filter(Boolean).join(', ')}` : 'Bảng';
}

export const tableRegion: HastPluginDefinition = {
  name: 'trangxa-table-region',
  element: {
    filter: ['table'],
    visit(node: Readonly<Element>, ctx: HastVisitorContext) {
      const parent = ctx.parent(node);
      if (
        parent.type === 'element' &&
        (parent.properties['className'] as string[] | undefined)?.includes(TABLE_REGION_CLASS)
      )
        return;
      ctx.wrapNode(node, {
        type: 'element',
        tagName: 'div',
        properties: {
          className: [TABLE_REGION_CLASS],
          tabIndex: 0,
          role: 'region',
          ariaLabel: tableLabel(node as Element),
        },
        children: [],
      });
    },
  },
};
