import type { Element, ElementContent, Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { SANITIZE_SCHEMA } from './sanitize-schema.ts';
import { isAllowedVideo } from './video-hosts.ts';

/**
 * Makes the HTML tree of an untrusted Markdown body safe to publish: iframes to hosts that are
 * not allowed video players are removed, then the tree goes through `hast-util-sanitize` with
 * `SANITIZE_SCHEMA`, and every text is normalised to Unicode NFC. Returns a new tree.
 */
export function sanitizeHtmlTree(root: Root, schema: Schema = SANITIZE_SCHEMA): Root {
  const cleaned = sanitize(prepare(root), schema);
  return normaliseText(
    cleaned.type === 'root' ? cleaned : { type: 'root', children: [cleaned as RootContent] },
  );
}

/**
 * Removes iframes to hosts that are not allowed, and takes `user-content-` off the ids the
 * Markdown processor already prefixed (GFM footnotes): the sanitiser prefixes every id once,
 * so links to `#user-content-fn-1` still find their target.
 */
function prepare<T extends Root | Element>(node: T): T {
  const children = (node.children as (RootContent | ElementContent)[]).flatMap(
    (child): (RootContent | ElementContent)[] => {
      if (child.type !== 'element') return [child];
      if (child.tagName === 'iframe')
        return isAllowedVideo(child.properties['src']) ? [titledFrame(child)] : [];
      return [{ ...prepare(child), properties: unprefixed(child.properties) }];
    },
  );
  return { ...node, children } as T;
}

const PREFIX = 'user-content-';
const unprefixed = (properties: Element['properties']): Element['properties'] => {
  const id = properties['id'];
  return typeof id === 'string' && id.startsWith(PREFIX)
    ? { ...properties, id: id.slice(PREFIX.length) }
    : properties;
};

/** A video frame without a title gets one: screen readers announce frames by their title. */
const titledFrame = (frame: Element): Element => ({
  ...frame,
  children: [],
  properties: { ...frame.properties, title: frame.properties['title'] ?? 'Video', loading: 'lazy' },
});

function normaliseText<T extends Root | Element>(node: T): T {
  const children = (node.children as (RootContent | ElementContent)[]).map((child) => {
    if (child.type === 'text') return { ...child, value: child.value.normalize('NFC') };
    if (child.type === 'element') return normaliseText(child);
    return child;
  });
  return { ...node, children } as T;
}
