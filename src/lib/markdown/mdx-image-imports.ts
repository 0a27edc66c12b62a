import type { Root, RootContent } from 'hast';
import { imageList, isImageFile } from './mdx-attributes.ts';

/**
 * The prop through which `<Gallery>` and `<Map>` receive their photos as imported images. An
 * editor cannot set it: attribute names must start with a letter (`isSafeAttributeName`).
 */
export const IMAGES_PROP = '_images';

/** Which text attribute names the photos of each component. */
const IMAGE_ATTRIBUTE: Record<string, string> = { Gallery: 'images', Map: 'src' };

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface Node {
  type: string;
  name?: string | null;
  attributes?: Attribute[];
  children?: Node[];
}

/**
 * Turns the photo file names of `<Gallery images>` and `<Map src>` into imports of those files,
 * passed as `_images`, so Astro's image pipeline resolves them beside the `.mdx` file, as it does
 * for `![](./anh.jpg)`. A component's own code cannot: `getImage()` only reads files the bundler
 * has emitted, not a path from the content folder at render time.
 * Runs on the cleaned tree (`clean-mdx-tree.ts`); only names that pass `isImageFile` (a file in
 * the item's own folder) become imports, the rest are left for the component to reject.
 */
export function importMdxImages(root: Root): Root {
  const imports = new Map<string, string>();
  const identifier = (file: string): string => {
    if (!imports.has(file)) imports.set(file, `__trangxaImage${imports.size}`);
    return imports.get(file)!;
  };
  const visit = (node: Node): Node => {
    const children = node.children?.map(visit);
    const attribute = node.type.startsWith('mdxJsx') ? IMAGE_ATTRIBUTE[node.name ?? ''] : undefined;
    if (!attribute) return children ? { ...node, children } : node;
    const value = node.attributes?.find((a) => a.name === attribute)?.value;
    const files = imageList(typeof value === 'string' ? value : undefined).filter(isImageFile);
    const expression = `[${files.map(identifier).join(', ')}]`;
    return {
      ...node,
      children: children ?? [],
      attributes: [
        ...(node.attributes ?? []),
        {
          type: 'mdxJsxAttribute',
          name: IMAGES_PROP,
          value: { type: 'mdxJsxAttributeValueExpression', value: expression },
        },
      ],
    };
  };
  const body = (root.children as Node[]).map(visit);
  const esm = [...imports].map(([file, name]) => ({
    type: 'mdxjsEsm',
    value: `import ${name} from ${JSON.stringify(file)};`,
  }));
  return { ...root, children: [...esm, ...body] as RootContent[] };
}
