import { problem, type Problem } from '../problems.ts';

/**
 * The largest image an editor may put beside an item. The build makes small responsive copies
 * (AVIF/WebP, several widths) of every image, but a photo straight from a camera or phone is
 * often 10-20 MB: it slows every build and, linked as the original, costs citizens on mobile
 * data. 8 MB keeps any normal photo and refuses the unreduced ones.
 */
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;

/**
 * The most pixels an image may have, read from its header (what it decodes to, not its file
 * size): a compressed PNG of 100 KB can decode to 30,000 × 30,000 pixels (a "decompression
 * bomb") that exhausts the build's memory and is published at that size. 50 million pixels
 * keeps every camera and phone photo (a 48 MP phone: 8,000 × 6,000) and a scanned A3 map.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;

const megabytes = (bytes: number): string =>
  (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
const count = (n: number): string => n.toLocaleString('vi-VN');

/** A problem when an image file is larger than `MAX_IMAGE_BYTES`, else undefined. */
export function imageSizeProblem(
  file: string,
  image: string,
  bytes: number,
  where: { line?: number | undefined; field?: string | undefined },
): Problem | undefined {
  if (bytes <= MAX_IMAGE_BYTES) return undefined;
  return problem(
    file,
    `Ảnh "${image}" nặng ${megabytes(bytes)} MB, quá giới hạn ${megabytes(MAX_IMAGE_BYTES)} MB.`,
    {
      ...where,
      fix: 'Thu nhỏ ảnh trước khi đăng (cạnh dài khoảng 2000 điểm ảnh là đủ), ví dụ bằng Paint, Photos hoặc Zalo khi gửi ảnh "không giữ chất lượng gốc".',
    },
  );
}

/**
 * A problem when an image has more than `MAX_IMAGE_PIXELS` pixels or cannot be read as an
 * image at all (its header is read, never the whole picture), else undefined.
 */
export async function imagePixelProblem(
  file: string,
  image: string,
  path: string,
  where: { line?: number | undefined; field?: string | undefined },
): Promise<Problem | undefined> {
  const { default: sharp } = await import('sharp');
  const size = await sharp(path, { limitInputPixels: false })
    .metadata()
    .then(({ width, height, format, compression }) => ({ width, height, format, compression }))
    .catch(() => undefined);
  if (!size?.width || !size.height) {
    return problem(
      file,
      `Tệp "${image}" không đọc được như một ảnh (hỏng, hoặc không phải ảnh dù có đuôi ảnh).`,
      { ...where, fix: 'Mở ảnh trên máy rồi lưu lại thành .jpg hoặc .png, hoặc chọn một ảnh khác.' },
    );
  }
  const inside = readableFormat(size.format, size.compression);
  if (!inside) {
    return problem(
      file,
      `Tệp "${image}" thực chất là ảnh ${formatName(size.format, size.compression)} dù có đuôi ${extensionOf(image)}; trang chỉ đăng được ảnh ${IMAGE_FORMATS}.`,
      { ...where, fix: CONVERT_FIX },
    );
  }
  if (size.width * size.height <= MAX_IMAGE_PIXELS) return undefined;
  return problem(
    file,
    `Ảnh "${image}" có ${count(size.width)} × ${count(size.height)} điểm ảnh, quá giới hạn ${count(MAX_IMAGE_PIXELS)} điểm ảnh (50 megapixel).`,
    {
      ...where,
      fix: 'Thu nhỏ ảnh (cạnh dài khoảng 2000 điểm ảnh là đủ cho trang) rồi lưu lại.',
    },
  );
}

/**
 * Photo files the build can resize for phones (AVIF, WebP), by extension. GIF and TIFF are left
 * out although the resizer reads them: a GIF's animation is lost and a TIFF cannot be shown by
 * a browser as the fallback; HEIC (an iPhone's photos) and BMP cannot be read at all. SVG, a
 * drawing, is published as drawn (`item-file-problems.ts`).
 */
export const IMAGE_FILE = /\.(jpe?g|png|webp|avif)$/i;

/** What an editor reads in a message: the photo formats the site publishes. */
export const IMAGE_FORMATS = 'JPG, PNG, WebP hoặc AVIF';

const CONVERT_FIX =
  'Mở ảnh trên máy rồi lưu lại (hoặc xuất) thành .jpg hay .png, ví dụ bằng Paint hay Photos; trên iPhone chọn Cài đặt > Camera > Định dạng > Tương thích nhất, hoặc gửi ảnh qua Zalo rồi lưu lại.';

/** The extension as written (".heic"), or a note that there is none. */
const extensionOf = (image: string): string => /\.[^./]+$/.exec(image)?.[0] ?? '(không có đuôi)';

/** Whether the bytes are a photo format the build reads (AVIF is HEIF with AV1 inside). */
function readableFormat(format: string | undefined, compression: string | undefined): boolean {
  if (format === 'heif') return compression === 'av1';
  return format === 'jpeg' || format === 'png' || format === 'webp';
}

const formatName = (format: string | undefined, compression: string | undefined): string =>
  format === 'heif' && compression !== 'av1' ? 'HEIC' : (format ?? 'lạ').toUpperCase();

/**
 * A problem when a picture a page shows has an extension the build cannot publish (`.heic`,
 * `.gif`, `.tiff`, `.bmp`, or none), else undefined. SVG is not asked here.
 */
export function imageExtensionProblem(
  file: string,
  image: string,
  where: { line?: number | undefined; field?: string | undefined },
): Problem | undefined {
  if (IMAGE_FILE.test(image)) return undefined;
  return problem(
    file,
    `Ảnh "${image}" có định dạng ${extensionOf(image)} mà trang không đăng được; trang chỉ đăng ảnh ${IMAGE_FORMATS} (và bản vẽ SVG).`,
    { ...where, fix: CONVERT_FIX },
  );
}
