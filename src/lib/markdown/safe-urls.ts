import type { Element, Properties, Root, RootContent } from 'hast';

/**
 * Schemes an address in a content body may use. Anything else (`javascript:`, `vbscript:`,
 * `data:`, `file:`…) is removed, whatever its case, entities or blanks: the check runs on the
 * tree that Markdown and MDX produced, where every escape and entity is already decoded.
 */
export const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * Every attribute that holds an address, by its hast property name (HTML's `srcset` is
 * `srcSet`, `xlink:href` is `xLinkHref`). `srcdoc` holds a whole page and is always removed.
 */
export const URL_PROPERTIES: ReadonlySet<string> = new Set([
  'href',
  'src',
  'srcSet',
  'action',
  'formAction',
  'poster',
  'xLinkHref',
  'cite',
  'longDesc',
  'background',
  'data',
  'codeBase',
  'classId',
  'archive',
  'ping',
  'manifest',
  'icon',
  'profile',
  'useMap',
  'itemId',
  'lowsrc',
  'dynsrc',
  'xmlns',
  'to',
  'from',
  'values',
  'by',
]);
const ALWAYS_REMOVED: ReadonlySet<string> = new Set(['srcDoc', 'srcdoc']);

/**
 * True when a browser would open `value` with an allowed scheme, or as an address on the same
 * site. Browsers drop tabs and line breaks anywhere in a URL and blanks or control characters
 * at its ends, so they are dropped here too before the scheme is read. A protocol-relative
 * address (`//host`, or `\\host`, which browsers read the same way) leaves the site: refused.
 */
export function isSafeUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  const url = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (/^[\\/]{2}/.test(url)) return false;
  const scheme = /^([^:/?#\\]*):/.exec(url)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

/** Every address of a `srcset` (candidates separated by commas, each an address and a width). */
const srcsetUrls = (value: string): string[] =>
  value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '');

function safeProperties(properties: Properties): Properties {
  const kept: Properties = {};
  for (const [name, value] of Object.entries(properties)) {
    if (ALWAYS_REMOVED.has(name)) continue;
    if (URL_PROPERTIES.has(name) && value !== null && value !== undefined) {
      const text = Array.isArray(value) ? value.join(name === 'srcSet' ? ',' : ' ') : String(value);
      const urls =
        name === 'srcSet'
          ? srcsetUrls(text)
          : name === 'ping' || name === 'archive'
            ? text.split(/\s+/)
            : [text];
      if (!urls.every(isSafeUrl)) continue;
    }
    kept[name] = value;
  }
  return kept;
}

interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
type AnyNode = (
  RootContent | Element | { type: string; attributes?: MdxAttribute[]; children?: AnyNode[] }
) & { children?: unknown };

/**
 * The last step of sanitising a body (Markdown and MDX alike): every element and every MDX
 * component loses an address attribute whose scheme is not allowed. It is the one rule that
 * does not depend on which tags and attributes the allowlist lets through.
 */
export function withSafeUrls(root: Root): Root {
  const visit = (node: AnyNode): AnyNode => {
    const children = Array.isArray(node.children) ? (node.children as AnyNode[]).map(visit) : undefined;
    let next: AnyNode = children ? { ...node, children } : node;
    if (next.type === 'element') {
      const element = next as Element;
      const properties = safeProperties(element.properties);
      // An image without its address is invalid HTML and a broken icon: its text alternative
      // stands in for it.
      if (element.tagName === 'img' && properties['src'] === undefined)
        return { type: 'text', value: String(properties['alt'] ?? '') } as AnyNode;
      next = { ...element, properties } as AnyNode;
    }
    if ('attributes' in next && Array.isArray(next.attributes)) {
      next = {
        ...next,
        attributes: next.attributes.filter((a: MdxAttribute) => {
          if (typeof a.name !== 'string') return true;
          const property = a.name === 'xlink:href' ? 'xLinkHref' : a.name;
          if (ALWAYS_REMOVED.has(property) || ALWAYS_REMOVED.has(a.name.toLowerCase())) return false;
          const named = [...URL_PROPERTIES].find((p) => p.toLowerCase() === property.toLowerCase());
          return named === undefined || typeof a.value !== 'string' || isSafeUrl(a.value);
        }),
      } as AnyNode;
    }
    return next;
  };
  return { ...root, children: root.children.map((child) => visit(child as AnyNode) as RootContent) };
}

/**
 * Addresses in a Markdown or MDX source that the sanitiser will remove, with their line, for
 * `check` to tell the editor (the page is safe without them, but the link or image is lost).
 * Read the way Markdown reads them: backslash escapes and character references decoded.
 */
export function unsafeAddresses(source: string): { url: string; line: number }[] {
  const found: { url: string; line: number }[] = [];
  const patterns = [
    /\]\(\s*<?((?:\\.|[^)\s>\\])+)/g, // [text](address) and ![alt](address)
    /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm, // [ref]: address
    /<([a-zA-Z][a-zA-Z0-9+.-]*(?:\\?:)[^\s>]*)>/g, // <scheme:autolink>
    /\b(?:href|src|srcset|action|formaction|poster|xlink:href|data)\s*=\s*["']([^"']*)["']/gi,
  ];
  for (const pattern of patterns) {
    for (const m of source.matchAll(pattern)) {
      const url = decodeReferences(m[1]!.replace(/\\([!-/:-@[-`{-~])/g, '$1'));
      if (!isSafeUrl(url)) found.push({ url, line: source.slice(0, m.index).split('\n').length });
    }
  }
  return found.toSorted((a, b) => a.line - b.line);
}

const decodeReferences = (text: string): string =>
  text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;/gi, '\t')
    .replace(/&newline;/gi, '\n');
