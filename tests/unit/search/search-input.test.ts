import { describe, expect, test } from 'vitest';
import { bringsWholeWords, endsInOneLetter } from '../../../src/lib/search/search-ui.ts';

describe('bringsWholeWords: input whose search runs at once, without waiting for a pause', () => {
  test.each([
    ['a pasted query', 'insertFromPaste', null, true],
    ['a dropped query', 'insertFromDrop', null, true],
    ["a word picked from the keyboard's suggestions", 'insertReplacementText', null, true],
    ['a dictated phrase', 'insertText', 'đường Đức Bình', true],
    ['one key', 'insertText', 'd', false],
    ['one accented key', 'insertText', 'đ', false],
    ['a Telex composition (IME)', 'insertCompositionText', 'đư', false],
    ['a deletion', 'deleteContentBackward', null, false],
  ])('%s', (_title, inputType, data, expected) => {
    expect(bringsWholeWords({ inputType, data })).toBe(expected);
  });
});

describe('endsInOneLetter: the last word is a single letter, so its search waits longer', () => {
  test.each([
    ['d', true],
    ['duc b', true],
    ['y', true],
    ['đường đ', true],
    ['du', false],
    ['y te', false],
    ['duc binh', false],
    ['', false],
  ])('"%s"', (query, expected) => {
    expect(endsInOneLetter(query)).toBe(expected);
  });
});
