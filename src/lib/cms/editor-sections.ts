import { vi } from '../../i18n/vi.ts';
import { SECTION_FOLDERS, SECTIONS } from '../sections/registry.ts';
import type { EditorSection } from './decap-config.ts';

/**
 * The sections the editor offers: every section of the registry, in its order (the content
 * contract's), filed by year as `npm run new` files them (`filedByYear`).
 */
export const editorSections = (): EditorSection[] =>
  SECTION_FOLDERS.map((folder) => ({
    folder,
    label: vi.sectionNames[folder],
    schema: SECTIONS[folder].schema,
    filedByYear: SECTIONS[folder].filedByYear,
  }));
