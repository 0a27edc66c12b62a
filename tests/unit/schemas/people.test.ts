import { describe, expect, test } from 'vitest';
import { normalizeApostrophes, personSchema } from '../../../src/lib/schemas/people.ts';

describe('people names keep one apostrophe style', () => {
  test.each([
    ['Ksor H’Lan', "Ksor H'Lan"],
    ['Ksor H‘Lan', "Ksor H'Lan"],
    ['Ksor Hʼ Lan', "Ksor H' Lan"],
    ['Y`Bhin', "Y'Bhin"],
    ["Ksor H'Lan", "Ksor H'Lan"],
    ['Nguyễn Văn An', 'Nguyễn Văn An'],
  ])('%s is written %s', (input, expected) => {
    expect(normalizeApostrophes(input)).toBe(expected);
  });

  test('people.yaml names and pen names are normalised when read', () => {
    const person = personSchema.parse({ id: 'ksor-h-lan', name: 'Ksor H’Lan', penName: 'H’Lan' });
    expect([person.name, person.penName]).toEqual(["Ksor H'Lan", "H'Lan"]);
  });
});
