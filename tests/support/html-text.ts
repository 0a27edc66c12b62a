/**
 * Reads generated HTML the way a test should: through CSS selectors, comparing the text a
 * person sees (tags dropped, entities decoded, white space collapsed), not raw markup.
 */
import { parse, TEXT_NODE, type Node } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';

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

export class JSDOMLike {
  readonly root: Node;
  constructor(html: string) {
    this.root = parse(html);
  }
  /** The text of the first element matching `selector`; throws when none does. */
  text(selector: string): string {
    const node = querySelector(this.root, selector);
    if (!node) throw new Error(`Không có phần tử nào khớp "${selector}".`);
    return visibleText(node);
  }
  all(selector: string): Node[] {
    return querySelectorAll(this.root, selector);
  }
  /** The value of `attribute` on every element matching `selector`. */
  attrs(selector: string, attribute: string): string[] {
    return this.all(selector).map((n) => String(n.attributes[attribute] ?? ''));
  }
}
