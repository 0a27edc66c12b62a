import { problem, type Problem } from '../problems.ts';

/**
 * The largest image an editor may put beside an item. The build makes small responsive copies
 * (AVIF/WebP, several widths) of every image, but a photo straight from a camera or phone is
 * often 10-20 MB: it slows every build and, linked as the original, costs citizens on mobile
 * data. 8 MB keeps any normal photo and refuses the unreduced ones.
 */
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

/** A problem when an image file is larger than `MAX_IMAGE_BYTES`, else undefined. */
export function imageSizeProblem(file: string, image: string, bytes: number, where: { line?: number | undefined; field?: string | undefined }): Problem | undefined {
  if (bytes <= MAX_IMAGE_BYTES) return undefined;
  return problem(file, `Ảnh "${image}" nặng ${megabytes(bytes)} MB, quá giới hạn ${megabytes(MAX_IMAGE_BYTES)} MB.`, {
    ...where,
    fix: 'Thu nhỏ ảnh trước khi đăng (cạnh dài khoảng 2000 điểm ảnh là đủ), ví dụ bằng Paint, Photos hoặc Zalo khi gửi ảnh "không giữ chất lượng gốc".',
  });
}

/** Image files the build can optimise, by extension. */
export const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;
