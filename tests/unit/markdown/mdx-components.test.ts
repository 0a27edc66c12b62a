import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { mdxAttributeProblems } from '../../../src/lib/markdown/mdx-attributes.ts';
import { mdxProblems } from '../../../src/lib/markdown/mdx-problems.ts';
import { satteriSanitizer } from '../../../src/lib/markdown/satteri-sanitizer.ts';
import { galleryFigures, mapFigure } from '../../../src/lib/site/mdx-figures.ts';

const compile = async (mdx: string): Promise<string> =>
  (await mdxToJs(mdx, { hastPlugins: [satteriSanitizer], jsxImportSource: 'astro' })).code;

describe('photos of <Gallery> and <Map> become imports of files beside the item', () => {
  test('each file is imported once and passed in order as _images', async () => {
    const code = await compile(
      '<Gallery images="./a.jpg, ./b.png, ./a.jpg" alts="A | B | A" />\n\n<Map src="./b.png" alt="Bản đồ" />',
    );
    expect(code).toContain('import __trangxaImage0 from "./a.jpg";');
    expect(code).toContain('import __trangxaImage1 from "./b.png";');
    expect(code).toMatch(/_images: \[\s*__trangxaImage0,\s*__trangxaImage1,\s*__trangxaImage0\s*\]/);
    expect(code).toMatch(/_images: \[\s*__trangxaImage1\s*\]/);
  });

  test.each([
    ['a parent folder', '../../secret.jpg'],
    ['a sub-folder', './private/anh.jpg'],
    ['an absolute path', '/etc/anh.jpg'],
    ['a Vite query', './a.jpg?raw'],
    ['a file that is not an image', './bao-cao.pdf'],
    ['a script', './x.js'],
  ])('never imports %s', async (_, file) => {
    const code = await compile(`<Gallery images="${file}" alts="A" />`);
    expect(code).not.toContain('import __trangxaImage');
    expect(code).toMatch(/_images: \[\]/);
  });

  test('an editor cannot set _images', async () => {
    const code = await compile('<Map src="./b.png" alt="x" _images="./c.jpg" />');
    expect(code).not.toContain('./c.jpg');
  });
});

describe('mdxAttributeProblems', () => {
  test.each([
    ['Callout', { type: 'tip' }, '<Callout type="tip"> không có.'],
    ['DocumentList', { type: 'nghi-dinh' }, '<DocumentList type="nghi-dinh">: không có loại văn bản này.'],
    ['Gallery', {}, '<Gallery> thiếu images.'],
    [
      'Gallery',
      { images: './a.jpg, ../b.jpg', alts: 'A | B' },
      '<Gallery>: "../b.jpg" không phải ảnh cạnh bài viết.',
    ],
    [
      'Gallery',
      { images: './a.jpg, ./b.jpg', alts: 'Chỉ một mô tả' },
      '<Gallery> có 2 ảnh nhưng 1 lời mô tả (alts).',
    ],
    [
      'Gallery',
      { images: './a.jpg', alts: 'A', captions: 'Một | Hai' },
      '<Gallery> có 1 ảnh nhưng 2 chú thích (captions).',
    ],
    ['Map', { src: './ban-do.png' }, '<Map> thiếu alt.'],
    [
      'Map',
      { src: 'https://maps.example.com/x.png', alt: 'Bản đồ' },
      '<Map src="https://maps.example.com/x.png"> không phải ảnh cạnh bài viết.',
    ],
  ] as const)('%s %o: %s', (name, attributes, message) => {
    expect(mdxAttributeProblems(name, attributes).map((p) => p.message)).toEqual([message]);
  });

  test.each([
    ['Callout', {}],
    ['Callout', { type: 'important', title: 'Lưu ý' }],
    ['DocumentList', { type: 'quyet-dinh', year: '2026', limit: '5' }],
    [
      'Gallery',
      { images: './a.jpg, ./Ảnh chợ 2.webp', alts: 'Chợ, sáng sớm | Quầy rau', captions: '| Quầy rau' },
    ],
    ['Map', { src: './ban-do.png', alt: 'Bản đồ xã' }],
  ] as const)('%s %o is valid', (name, attributes) => {
    expect(mdxAttributeProblems(name, attributes)).toEqual([]);
  });

  test('check reports them with the line of the component', async () => {
    const problems = await mdxProblems(
      '---\ntitle: x\n---\nChữ\n\n<Map src="./ban-do.png" />\n',
      'xa-mau/tin-tuc/2026/x.mdx',
    );
    expect(problems.map((p) => [p.line, p.message])).toEqual([[6, '<Map> thiếu alt.']]);
  });
});

describe('galleryFigures and mapFigure', () => {
  test('pair each photo with its alt and caption; an empty caption means none', () => {
    expect(
      galleryFigures({
        images: './a.jpg, ./b.jpg',
        alts: 'A, sáng | B',
        captions: ' | Chú thích B',
        _images: ['A.jpg', 'B.jpg'],
      }),
    ).toEqual([
      { image: 'A.jpg', alt: 'A, sáng' },
      { image: 'B.jpg', alt: 'B', caption: 'Chú thích B' },
    ]);
    expect(mapFigure({ src: './m.png', alt: ' Bản đồ ', caption: 'Năm 2026', _images: ['M.png'] })).toEqual({
      image: 'M.png',
      alt: 'Bản đồ',
      caption: 'Năm 2026',
    });
  });

  test('refuse to render when the build did not import the photos', () => {
    expect(() => galleryFigures({ images: './a.jpg', alts: 'A' })).toThrow('không nạp được 1 ảnh');
  });
});
