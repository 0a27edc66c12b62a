/**
 * Reads generated HTML the way a test should: through CSS selectors, comparing the text a
 * person sees (tags dropped, entities decoded, white space collapsed) and attribute values,
 * not raw markup.
 *
 * Selectors are matched by css-select, the engine cheerio uses: ultrahtml's own matcher finds
 * nothing for `main ul li` or `div > p:first-child`, and a selector that silently matches nothing
 * makes a "there is none" assertion pass for the wrong reason.
 */
import { selectAll, type Options } from 'css-select';
import { ELEMENT_NODE, parse, TEXT_NODE, type ElementNode, type Node } from 'ultrahtml';

export type { Node } from 'ultrahtml';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
const decode = (s: string) =>
  s
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e]!)
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));

/** Elements that do not break a line: no space is added around their text. */
const INLINE = new Set(['a', 'abbr', 'b', 'code', 'em', 'i', 'small', 'span', 'strong', 'time']);

function textOf(node: Node): string {
  if (node.type === TEXT_NODE) return decode(node.value);
  if (node.name === 'style' || node.name === 'script') return '';
  const inner = (node.children ?? []).map(textOf).join('');
  return INLINE.has(node.name) ? inner : ` ${inner} `;
}

/** Trimmed text with white space collapsed (no-break spaces included). */
export const visibleText = (node: Node): string =>
  textOf(node)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

/** The source text inside an element as written, undecoded: a script's bytes, to hash them. */
export const sourceText = (node: Node): string =>
  ((node.children ?? []) as Node[]).map((child) => (child.type === TEXT_NODE ? child.value : '')).join('');

/** The decoded value of an attribute, undefined when the element does not carry it. */
export const attribute = (node: Node, name: string): string | undefined =>
  name in (node.attributes ?? {}) ? decode(String(node.attributes[name])) : undefined;

const contains = (outer: Node, inner: Node): boolean => {
  for (let n: Node | undefined = inner.parent; n; n = n.parent) if (n === outer) return true;
  return false;
};

const adapter: NonNullable<Options<Node, ElementNode>['adapter']> = {
  isTag: (node): node is ElementNode => node.type === ELEMENT_NODE,
  getAttributeValue: attribute,
  getChildren: (node) => node.children ?? [],
  getName: (element) => element.name,
  getParent: (element) => element.parent ?? null,
  getSiblings: (node) => node.parent?.children ?? [node],
  getText: (node) => textOf(node),
  hasAttrib: (element, name) => name in element.attributes,
  removeSubsets: (nodes) => [...new Set(nodes)].filter((n, _, all) => !all.some((o) => contains(o, n))),
};

export class JSDOMLike {
  readonly root: Node;
  /** A page, or one element of a page to query inside it (see `within`). */
  constructor(html: string | Node) {
    this.root = typeof html === 'string' ? parse(html) : html;
  }
  /** Every element under the root matching `selector`, in document order. */
  $$(selector: string): Node[] {
    return selectAll(selector, this.root, { adapter });
  }
  /** The first element matching `selector`; throws when none does, so a typo cannot pass. */
  $(selector: string): Node {
    const node = this.$$(selector)[0];
    if (!node) throw new Error(`Không có phần tử nào khớp "${selector}".`);
    return node;
  }
  /** The first element matching `selector`, to query inside it. */
  within(selector: string): JSDOMLike {
    return new JSDOMLike(this.$(selector));
  }
  /** The text of the first element matching `selector`; throws when none does. */
  text(selector: string): string {
    return visibleText(this.$(selector));
  }
  /** The text of every element matching `selector`. */
  texts(selector: string): string[] {
    return this.$$(selector).map(visibleText);
  }
  /** `name` on the first element matching `selector` (which must exist). */
  attr(selector: string, name: string): string | undefined {
    return attribute(this.$(selector), name);
  }
  /** `name` on every element matching `selector` ('' where one lacks it). */
  attrs(selector: string, name: string): string[] {
    return this.$$(selector).map((n) => attribute(n, name) ?? '');
  }
  /** A description list (`dl`) as [term, description] pairs of visible text, in order. */
  terms(selector: string): [string, string][] {
    const pairs: [string, string][] = [];
    for (const node of this.within(selector).$$('dt, dd')) {
      if (node.name === 'dt') pairs.push([visibleText(node), '']);
      else if (pairs.length > 0) pairs.at(-1)![1] = `${pairs.at(-1)![1]} ${visibleText(node)}`.trim();
    }
    return pairs;
  }
}
