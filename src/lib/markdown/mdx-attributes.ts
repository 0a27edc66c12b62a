import { DOCUMENT_TYPES } from '../schemas/document.ts';
import type { MdxComponentName } from './mdx-components.ts';

/**
 * The text attributes each MDX component accepts, read once here: `check` reports every
 * problem to the editor (`mdx-problems.ts`), and the components throw the same message if a
 * build ever gets past `check`, so no attribute is silently ignored.
 */
export const CALLOUT_TYPES = ['note', 'warning', 'important'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/**
 * An image beside the item: `./ten-anh.jpg`. No folder, `..`, query (`?raw`) or comma, so the
 * import the build makes of it (`mdx-image-imports.ts`) can only ever read a photo next to the item.
 */
const IMAGE_FILE = /^\.\/[^\p{Cc}/\\?#,]+\.(?:jpe?g|png|webp|avif)$/iu;
export const isImageFile = (value: string): boolean => IMAGE_FILE.test(value);

/** `images="./a.jpg, ./b.jpg"`: file names are separated by commas. */
export const imageList = (value: string | undefined): string[] => splitList(value, ',');
/** `alts` and `captions` are separated by `|`, because a sentence may hold a comma. */
export const textList = (value: string | undefined): string[] => splitList(value, '|');
const splitList = (value: string | undefined, separator: string): string[] =>
  value === undefined ? [] : value.split(separator).map((part) => part.trim());

export interface AttributeProblem {
  message: string;
  fix: string;
}
type Attributes = Record<string, string | undefined>;
type Rule = (a: Attributes) => (AttributeProblem | undefined)[];

const IMAGE_FIX =
  'Đặt ảnh (.jpg, .png, .webp, .avif) cạnh tệp bài viết và ghi tên bắt đầu bằng "./", ví dụ "./anh-1.jpg".';

/**
 * An SVG drawing is not resized like a photo, and `<Map>`/`<Gallery>` publish only resized
 * photos; the same drawing works as a Markdown image, published as drawn (`![…](./ban-do.svg)`).
 */
const SVG_FIX =
  'Xuất bản vẽ ra PNG (hoặc JPG) rồi ghi tên tệp đó; hoặc chèn bản đồ SVG vào bài bằng ![mô tả bản đồ](./ban-do.svg), hoặc dùng trong trang giới thiệu bản đồ.';
const notImage = (component: string, image: string): AttributeProblem =>
  /\.svg$/i.test(image)
    ? {
        message: `<${component}>: "${image}" là bản vẽ SVG, thành phần này chỉ đăng ảnh chụp (JPG, PNG, WebP, AVIF).`,
        fix: SVG_FIX,
      }
    : component === 'Map'
      ? { message: `<Map src="${image}"> không phải ảnh cạnh bài viết.`, fix: IMAGE_FIX }
      : { message: `<Gallery>: "${image}" không phải ảnh cạnh bài viết.`, fix: IMAGE_FIX };

const RULES: Record<MdxComponentName, Rule> = {
  Callout: (a) => [
    a['type'] !== undefined && !(CALLOUT_TYPES as readonly string[]).includes(a['type'])
      ? {
          message: `<Callout type="${a['type']}"> không có.`,
          fix: `Dùng type="${CALLOUT_TYPES.join('", "')}", hoặc bỏ type (mặc định "note").`,
        }
      : undefined,
  ],
  DocumentList: (a) => [
    a['type'] !== undefined && !(DOCUMENT_TYPES as readonly string[]).includes(a['type'])
      ? {
          message: `<DocumentList type="${a['type']}">: không có loại văn bản này.`,
          fix: `Dùng một trong: ${DOCUMENT_TYPES.join(', ')}.`,
        }
      : undefined,
    a['year'] !== undefined && !/^\d{4}$/.test(a['year'])
      ? { message: `<DocumentList year="${a['year']}">: năm phải có 4 chữ số.`, fix: 'Ví dụ year="2026".' }
      : undefined,
    a['limit'] !== undefined && !/^[1-9]\d{0,2}$/.test(a['limit'])
      ? {
          message: `<DocumentList limit="${a['limit']}">: số văn bản phải là số nguyên từ 1 đến 999.`,
          fix: 'Ví dụ limit="10", hoặc bỏ limit để hiện tất cả.',
        }
      : undefined,
  ],
  Gallery: (a) => {
    const images = imageList(a['images']);
    const alts = textList(a['alts']);
    const captions = textList(a['captions']);
    return [
      images.length === 0
        ? { message: '<Gallery> thiếu images.', fix: `Ghi images="./anh-1.jpg, ./anh-2.jpg". ${IMAGE_FIX}` }
        : undefined,
      ...images.filter((image) => !isImageFile(image)).map((image) => notImage('Gallery', image)),
      alts.length !== images.length || alts.some((alt) => alt === '')
        ? {
            message: `<Gallery> có ${images.length} ảnh nhưng ${alts.filter(Boolean).length} lời mô tả (alts).`,
            fix: 'Mỗi ảnh cần một lời mô tả cho người không xem được ảnh, cách nhau bằng dấu |: alts="Mô tả ảnh 1 | Mô tả ảnh 2".',
          }
        : undefined,
      captions.length > images.length
        ? {
            message: `<Gallery> có ${images.length} ảnh nhưng ${captions.length} chú thích (captions).`,
            fix: 'Mỗi ảnh nhiều nhất một chú thích, cách nhau bằng dấu |; để trống giữa hai dấu | nếu ảnh không có chú thích.',
          }
        : undefined,
    ];
  },
  Map: (a) => [
    a['src'] === undefined || !isImageFile(a['src']) ? notImage('Map', a['src'] ?? '') : undefined,
    !a['alt']?.trim()
      ? {
          message: '<Map> thiếu alt.',
          fix: 'Ghi alt="..." mô tả bản đồ bằng lời (ranh giới, các thôn, trụ sở) cho người không xem được ảnh.',
        }
      : undefined,
  ],
};

/** Every problem of one component's attributes, in the order the editor reads them. */
export const mdxAttributeProblems = (name: MdxComponentName, attributes: Attributes): AttributeProblem[] =>
  RULES[name](attributes).filter((p) => p !== undefined);

/** For the components: stops the build with the message `check` would have given. */
export function assertAttributes(name: MdxComponentName, attributes: Attributes): void {
  const problems = mdxAttributeProblems(name, attributes);
  if (problems.length) throw new Error(problems.map((p) => `${p.message} ${p.fix}`).join('\n'));
}
