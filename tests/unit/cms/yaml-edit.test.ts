import { describe, expect, test } from 'vitest';
import { editMarkdown, editYaml, parseYamlText, splitFrontmatter } from '../../../src/lib/cms/yaml-edit.ts';

const ITEM = `---
title: Hội nghị triển khai nhiệm vụ năm 2026   # tiêu đề
date: 2026-01-18
summary: Tóm tắt cũ.
source: { name: Báo Phú Yên, url: "https://baophuyen.vn/a" }
credits:
  - person: nguyen-van-an
    role: tac-gia
    share: 70
  - { person: le-van-binh, role: anh, share: 30 }
royalty:
  genre: tin-kem-anh
  coefficient: 1.5
  approvedBy: nguyen-van-hung
---
Thân bài *giữ nguyên*.

Đoạn hai.
`;

const DATA = parseYamlText(splitFrontmatter(ITEM).yaml) as Record<string, unknown>;
const BODY = splitFrontmatter(ITEM).body;

describe('writing back only what the editor changed', () => {
  test('a file saved without changes keeps every byte', () => {
    expect(editMarkdown(ITEM, { ...DATA, body: BODY })).toBe(ITEM);
  });

  test('a changed summary replaces its line and nothing else', () => {
    const out = editMarkdown(ITEM, { ...DATA, summary: 'Tóm tắt mới: "trích dẫn".', body: BODY });
    expect(out).toBe(ITEM.replace('summary: Tóm tắt cũ.', 'summary: \'Tóm tắt mới: "trích dẫn".\''));
  });

  test('dates stay the day written, not a UTC timestamp', () => {
    expect(DATA['date']).toBe('2026-01-18');
  });

  test('a changed list is rewritten in block style; the fields around it keep their bytes', () => {
    const credits = [{ person: 'nguyen-van-an', role: 'tac-gia' }];
    const out = editMarkdown(ITEM, { ...DATA, credits, body: BODY });
    expect(out).toContain(
      'source: { name: Báo Phú Yên, url: "https://baophuyen.vn/a" }\ncredits:\n  - person: nguyen-van-an\n    role: tac-gia\nroyalty:\n  genre: tin-kem-anh',
    );
  });

  test('an emptied optional field is removed, a new one appended, an untouched switch left out', () => {
    const out = editYaml('title: A\nsummary: B\nimage: ./a.jpg\n', {
      title: 'A',
      summary: '',
      image: './a.jpg',
      imageAlt: 'Ảnh',
      draft: false,
    });
    expect(out).toBe('title: A\nimage: ./a.jpg\nimageAlt: Ảnh\n');
  });

  test('a changed body replaces the body only', () => {
    expect(editMarkdown(ITEM, { ...DATA, body: 'Mới.' })).toBe(
      `${ITEM.slice(0, ITEM.indexOf('Thân bài'))}Mới.\n`,
    );
  });

  test('a new file follows the order of the fields and holds no empty field', () => {
    const out = editMarkdown(
      undefined,
      {
        date: '2026-12-01',
        title: 'Tin mới',
        summary: '',
        credits: [{ person: 'a', role: 'tac-gia' }],
        body: 'Nội dung.',
      },
      ['title', 'summary', 'date', 'credits'],
    );
    expect(out).toBe(
      '---\ntitle: Tin mới\ndate: 2026-12-01\ncredits:\n  - person: a\n    role: tac-gia\n---\nNội dung.\n',
    );
  });
});
