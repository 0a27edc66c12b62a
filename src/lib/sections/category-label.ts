import { vi } from '../../i18n/vi.ts';

type CategoryCode = keyof typeof vi.categories;

/**
 * Whether a code is one of the dictionary's categories. `Object.hasOwn`, not `in` or a lookup:
 * "constructor" is a valid code (lowercase ASCII), and a plain lookup would find Object's.
 */
const isKnown = (code: string): code is CategoryCode => Object.hasOwn(vi.categories, code);

/**
 * A news category's name (chuyên mục). Editors write a code; citizens read its label. A code
 * missing from the dictionary is shown as written rather than hidden, so a new category still works.
 */
export const categoryLabel = (code: string): string => (isKnown(code) ? vi.categories[code] : code);
