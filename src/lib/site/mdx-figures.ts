import { assertAttributes, imageList, textList } from '../markdown/mdx-attributes.ts';

/** One photo of a `<Gallery>` or the map of a `<Map>`, with the words that go with it. */
export interface Figure<Image> {
  image: Image;
  alt: string;
  caption?: string;
}

interface GalleryAttributes<Image> {
  images?: string | undefined;
  alts?: string | undefined;
  captions?: string | undefined;
  /** The imported files of `images`, in order (`mdx-image-imports.ts`). */
  _images?: Image[] | undefined;
}

/**
 * Pairs each photo of `<Gallery images="./a.jpg, ./b.jpg" alts="A | B" captions="Chú thích A |">`
 * with its alt text and caption (an empty caption means none). Throws `check`'s message on a bad
 * attribute, or if the build did not import every file.
 */
export function galleryFigures<Image>(attributes: GalleryAttributes<Image>): Figure<Image>[] {
  assertAttributes('Gallery', {
    images: attributes.images,
    alts: attributes.alts,
    captions: attributes.captions,
  });
  const files = imageList(attributes.images);
  const alts = textList(attributes.alts);
  const captions = textList(attributes.captions);
  const images = importedImages(attributes._images, files.length, 'Gallery');
  return images.map((image, i) => {
    const caption = captions[i];
    return caption ? { image, alt: alts[i]!, caption } : { image, alt: alts[i]! };
  });
}

interface MapAttributes<Image> {
  src?: string | undefined;
  alt?: string | undefined;
  caption?: string | undefined;
  _images?: Image[] | undefined;
}

/** The map of `<Map src="./ban-do.png" alt="…" caption="…">`; throws like `galleryFigures`. */
export function mapFigure<Image>(attributes: MapAttributes<Image>): Figure<Image> {
  assertAttributes('Map', { src: attributes.src, alt: attributes.alt, caption: attributes.caption });
  const [image] = importedImages(attributes._images, 1, 'Map');
  const figure = { image: image!, alt: attributes.alt!.trim() };
  return attributes.caption?.trim() ? { ...figure, caption: attributes.caption.trim() } : figure;
}

function importedImages<Image>(images: Image[] | undefined, expected: number, component: string): Image[] {
  if (images?.length !== expected) {
    throw new Error(
      `<${component}>: bản dựng không nạp được ${expected} ảnh (nhận ${images?.length ?? 0}). Thành phần này chỉ dùng được trong tệp .mdx của một mục.`,
    );
  }
  return images;
}
