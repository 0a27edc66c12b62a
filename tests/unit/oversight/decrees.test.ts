import { describe, expect, test } from 'vitest';
import { decreeInForce, DECREES } from '../../../src/lib/oversight/decrees.ts';
import { requirementsInForce } from '../../../src/lib/oversight/requirements.ts';

describe('the decree in force on the report day', () => {
  test.each([
    ['2021-12-31', 'Nghị định 43/2011/NĐ-CP'],
    ['2022-08-14', 'Nghị định 43/2011/NĐ-CP'],
    ['2022-08-15', 'Nghị định 42/2022/NĐ-CP'],
    ['2026-06-30', 'Nghị định 42/2022/NĐ-CP'],
    ['2026-07-01', 'Nghị định 224/2026/NĐ-CP'],
    ['2026-12-03', 'Nghị định 224/2026/NĐ-CP'],
  ])('on %s it is %s', (day, name) => {
    expect(decreeInForce(day).name).toBe(name);
  });

  test('the decrees follow each other day after day, without a gap or an overlap', () => {
    for (const [i, decree] of DECREES.entries()) {
      const next = DECREES[i + 1];
      if (!next) expect(decree.until).toBeUndefined();
      else
        expect(new Date(`${decree.until}T00:00:00Z`).getTime() + 86_400_000).toBe(
          new Date(`${next.from}T00:00:00Z`).getTime(),
        );
    }
  });

  test.each([
    ['2022-01-18', 'Nghị định 43/2011/NĐ-CP', ['Nghị định 42/2022', 'Nghị định 224/2026']],
    ['2025-06-30', 'Nghị định 42/2022/NĐ-CP', ['Nghị định 43/2011', 'Nghị định 224/2026']],
    ['2026-11-26', 'Nghị định 224/2026/NĐ-CP', ['Nghị định 43/2011', 'Nghị định 42/2022']],
  ])('a report dated %s cites %s and never a decree not in force that day', (day, cited, never) => {
    const bases = requirementsInForce(day)
      .requirements.map((r) => r.basis)
      .join('\n');
    expect(bases).toContain(cited);
    for (const other of never) expect(bases).not.toContain(other);
  });
});
