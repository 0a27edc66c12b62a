import type { Element, ElementContent, Root, RootContent } from 'hast';

/**
 * Every image of a body gets an `alt`: a raw HTML `<img>` written without one would make the
 * page invalid HTML and leave screen readers reading out its file name (WCAG 1.1.1). `check`
 * has refused it already (`body-html-problems.ts`); this is the last guard, on the sanitised
 * tree, and marks the image as decorative (`alt=""`) because no description was given.
 */
export function withImageAlt<T extends Root | Element>(node: T): T {
  const children = (node.children as (RootContent | ElementContent)[]).map((child) => {
    // An MDX component (`<Callout>`) is not an element, but its children may hold an image.
    if (child.type !== 'element')
      return 'children' in child ? withImageAlt(child as unknown as Element) : child;
    const inner = withImageAlt(child);
    if (inner.tagName !== 'img' || typeof inner.properties['alt'] === 'string') return inner;
    return { ...inner, properties: { ...inner.properties, alt: '' } };
  });
  return { ...node, children } as T;
}
