import { slugify } from '../search/fold.ts';

/**
 * An ASCII file name from a Vietnamese title: "Hội nghị triển khai nhiệm vụ năm 2026" →
 * "hoi-nghi-trien-khai-nhiem-vu-nam-2026" (`slugify`), with long titles cut at a word boundary
 * so addresses stay readable.
 */
export function asciiSlug(title: string, maxLength = 80): string {
  const slug = slugify(title);
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : maxLength);
}
