import { vi } from '../../i18n/vi.ts';
import { SECTION_SCHEMAS } from '../content/section-schemas.ts';
import { SECTIONS } from '../content/types.ts';
import type { EditorSection } from './decap-config.ts';

/** Sections whose items are not filed by year (as `npm run new` files them). */
const UNDATED = new Set(['thu-tuc', 'gioi-thieu']);

/** The sections the editor offers: every section folder of the content contract. */
export const editorSections = (): EditorSection[] =>
  SECTIONS.map((folder) => ({ folder, label: vi.sectionNames[folder], schema: SECTION_SCHEMAS[folder], filedByYear: !UNDATED.has(folder) }));
