/**
 * An ASCII file name from a Vietnamese title: "Hội nghị triển khai nhiệm vụ năm 2026" →
 * "hoi-nghi-trien-khai-nhiem-vu-nam-2026". Accents are taken off (đ is not an accented d in
 * Unicode, so it is mapped by hand), anything else becomes a hyphen, and long titles are cut
 * at a word boundary so addresses stay readable.
 */
export function asciiSlug(title: string, maxLength = 80): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : maxLength);
}
