import { describe, expect, test } from 'vitest';
import type { Commune, Item, Section } from '../../../src/lib/content/types.ts';
import { completeness, maxScore } from '../../../src/lib/oversight/completeness.ts';
import { DECREES } from '../../../src/lib/oversight/decrees.ts';
import { requirementsInForce } from '../../../src/lib/oversight/requirements.ts';
import { parseVnDate } from '../../../src/lib/vn-date.ts';

const NOW = new Date('2026-11-26T12:00:00+07:00');
const { requirements: IN_FORCE } = requirementsInForce('2026-11-26');

const item = (section: Section, day: string | undefined, draft = false): Item => ({
  // The score reads no frontmatter field.
  commune: 'xa', section, path: `${section}/x`, file: `xa/${section}/x.md`, title: 'x', draft, credits: [], data: {} as Item['data'],
  ...(day ? { date: parseVnDate(day)! } : {}),
}) as Item;

const commune = (items: Item[], board?: Commune['board']): Commune => ({
  slug: 'xa',
  site: {
    kind: 'xa',
    name: 'Xã Mẫu', agency: 'UBND xã Mẫu', parents: [], responsible: { name: 'A' }, address: 'Thôn 1', phone: '0262', email: 'a@b.vn',
    infoContact: { name: 'B', phone: '0905' },
  },
  people: [],
  items,
  ...(board ? { board } : {}),
});

const ALL: Section[] = ['gioi-thieu', 'tin-tuc', 'lich-cong-tac', 'van-ban', 'thu-tuc', 'cong-khai', 'lay-y-kien'];
const BOARD: Commune['board'] = {
  decision: { number: '10/QĐ-UBND', date: parseVnDate('2026-01-05')!, signer: 'A' },
  members: [{ person: 'a', role: 'truong-ban' }, { person: 'b', role: 'pho-truong-ban' }, { person: 'c', role: 'thanh-vien' }],
};

describe('completeness score', () => {
  test.each(DECREES.map((d) => [d.name, d.until ?? d.from!]))('under %s the points of the requirements add up to 100', (_, day) => {
    expect(maxScore(requirementsInForce(day).requirements)).toBe(100);
  });

  test.each(DECREES.map((d) => [d.name, d.until ?? d.from!]))('under %s every requirement cites a legal basis', (_, day) => {
    for (const requirement of requirementsInForce(day).requirements) expect(requirement.basis, requirement.id).toMatch(/(Luật|Nghị định|Thông tư) /);
  });

  test('a commune with every section, a full board, footer and focal person scores 100', () => {
    expect(completeness(commune(ALL.map((s) => item(s, '2026-11-01')), BOARD), NOW, IN_FORCE).score).toBe(100);
  });

  test('no board and no section: only the footer (10) and the focal person (10) count', () => {
    const result = completeness(commune([]), NOW, IN_FORCE);
    expect(result.score).toBe(20);
    expect(result.checks.find((c) => c.id === 'ban-bien-tap-quyet-dinh')?.action).toBe('Chưa có Quyết định kiện toàn Ban biên tập');
  });

  test('a draft or an item dated after the clock does not make a section present', () => {
    const result = completeness(commune([item('lay-y-kien', '2026-11-01', true), item('lich-cong-tac', '2026-12-01')], BOARD), NOW, IN_FORCE);
    expect(result.checks.filter((c) => !c.ok).map((c) => c.id)).toEqual(ALL.map((s) => `muc-${s}`));
    expect(result.score).toBe(44);
  });

  test('a board of two says how many members it has', () => {
    const small = { ...BOARD!, members: BOARD!.members.slice(0, 2) };
    const check = completeness(commune([], small), NOW, IN_FORCE).checks.find((c) => c.id === 'ban-bien-tap-thanh-vien');
    expect(check).toMatchObject({ ok: false, action: 'Ban biên tập mới có 2 thành viên, cần ít nhất 3' });
  });

  test('a focal person without phone or email is not enough', () => {
    const c = commune([]);
    c.site.infoContact = { name: 'B' };
    expect(completeness(c, NOW, IN_FORCE).checks.find((k) => k.id === 'dau-moi')?.ok).toBe(false);
  });
});
