import { describe, expect, test } from 'vitest';
import { decapFormats } from '../../../src/lib/cms/decap-formats.ts';

/** The editor's file formats, as Decap calls them: read a file, write back the edited entry. */
const { frontmatter, yaml } = decapFormats({
  unions: { royaltyScheme: 'scheme' },
  siblingFields: ['image', 'file'],
});

const PEOPLE = `- { id: nguyen-van-an, name: Nguyễn Văn An, staff: true }   # tác giả
- id: le-van-binh
  name: Lê Văn Bình
`;
const SITE = `name: Xã Mẫu
royaltyScheme: mau   # quy định của tỉnh
logo: { file: ./logo.svg, alt: Biểu trưng }
`;

describe('the files the editor writes', () => {
  test('people.yaml, a list, is edited as items; unchanged it keeps its bytes and comments', () => {
    const data = yaml.fromFile(PEOPLE);
    expect(data['items']).toEqual([
      { id: 'nguyen-van-an', name: 'Nguyễn Văn An', staff: true },
      { id: 'le-van-binh', name: 'Lê Văn Bình' },
    ]);
    expect(yaml.toFile(data)).toBe(PEOPLE);
  });

  test('a person added to people.yaml: the list is written back, still a list', () => {
    const data = yaml.fromFile(PEOPLE);
    const items = [...(data['items'] as object[]), { id: 'ksor-h-lan', name: 'Ksor H Lan' }];
    expect(yaml.toFile({ ...data, items })).toBe(
      '- id: nguyen-van-an\n  name: Nguyễn Văn An\n  staff: true\n- id: le-van-binh\n  name: Lê Văn Bình\n- id: ksor-h-lan\n  name: Ksor H Lan\n',
    );
  });

  test('royaltyScheme written as one id is shown as a list and written back as one id', () => {
    const data = yaml.fromFile(SITE);
    expect(data['royaltyScheme']).toEqual([{ scheme: 'mau' }]);
    expect(yaml.toFile(data)).toBe(SITE);
    expect(yaml.toFile({ ...data, royaltyScheme: [{ scheme: 'moi' }] })).toBe(
      SITE.replace('royaltyScheme: mau   # quy định của tỉnh\n', 'royaltyScheme: moi\n'),
    );
  });

  test('royaltyScheme given a dated second scheme becomes the dated list', () => {
    const data = yaml.fromFile(SITE);
    const out = yaml.toFile({
      ...data,
      royaltyScheme: [
        { scheme: 'mau', from: '2021-08-24' },
        { scheme: 'moi', from: '2025-07-01' },
      ],
    });
    expect(out).toContain(
      'royaltyScheme:\n  - scheme: mau\n    from: 2021-08-24\n  - scheme: moi\n    from: 2025-07-01\n',
    );
  });

  test('a file chosen beside the item is written ./name, at any depth', () => {
    const out = frontmatter.toFile({ title: 'Tin', image: 'anh.jpg', body: 'Nội dung.' });
    expect(out).toBe('---\ntitle: Tin\nimage: ./anh.jpg\n---\nNội dung.\n');
    expect(
      yaml.toFile({ ...yaml.fromFile(SITE), logo: { file: 'logo-moi.svg', alt: 'Biểu trưng' } }),
    ).toContain('logo:\n  file: ./logo-moi.svg\n');
  });
});
