import { communeConfig } from './src/lib/cms/decap-config.ts';
import { SECTION_SCHEMAS } from './src/lib/content/section-schemas.ts';
import { vi } from './src/i18n/vi.ts';
import { dump } from 'js-yaml';
const sections = Object.entries(SECTION_SCHEMAS).map(([folder, schema]) => ({ folder, label: (vi.sectionNames as any)[folder], schema }));
const c = communeConfig({ slug: 'xa-mau', name: 'Xã Mẫu', sections, hasRedirects: true, genres: [{ key: 'tin', label: 'Tin' }] }, { name: 'github', repo: 'a/b', branch: 'main' });
console.log(dump(c, { lineWidth: 200 }));
