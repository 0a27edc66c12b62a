/**
 * The only components an `.mdx` item may use, by the name an editor writes (`<Callout>`).
 * Pages pass them to the rendered body (`<Content components={...} />`), so an item needs no
 * `import` line: `check` rejects imports of anything else, and the build drops every import.
 */
export const MDX_COMPONENTS = ['Callout', 'DocumentList', 'Gallery', 'Map'] as const;
export type MdxComponentName = (typeof MDX_COMPONENTS)[number];

export const isMdxComponent = (name: string | null | undefined): name is MdxComponentName =>
  (MDX_COMPONENTS as readonly string[]).includes(name ?? '');

/**
 * An attribute an editor may give a component or an HTML tag in MDX: a plain name with a text
 * value. Event handlers (`onClick`) and directives (`set:html`, `client:load`) are code.
 */
export const isSafeAttributeName = (name: string): boolean =>
  /^[a-zA-Z][a-zA-Z0-9-]*$/.test(name) && !/^on/i.test(name);
