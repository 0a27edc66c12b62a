import type { ImageMetadata } from 'astro';

/**
 * An item's image as a page shows it. On the site, Astro's `image()` has replaced the path an
 * editor wrote (`image: ./anh.jpg`) with the imported image (content.config.ts); a path left
 * here means the item did not come through the content collections, which a page cannot show.
 */
export function siteImage(image: string | ImageMetadata | undefined): ImageMetadata | undefined {
  if (typeof image === 'string')
    throw new Error(
      `Ảnh "${image}" chưa qua xử lý ảnh của Astro: trang chỉ hiện được ảnh của các mục đọc qua content.config.ts.`,
    );
  return image;
}

/** An SVG drawing: published as drawn, never resized into photo formats (Astro refuses to). */
export const isVectorImage = (image: ImageMetadata): boolean => image.format === 'svg';
