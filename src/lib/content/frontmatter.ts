import { problem, type Problem } from '../problems.ts';
import { parseYaml, type ParsedYaml } from './read-yaml.ts';

export interface ParsedMarkdown {
  frontmatter: ParsedYaml;
  body: string;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
/** Global, to search from where the opening line ends without copying the rest of the file. */
const CLOSE = /\r?\n---[ \t]*(\r?\n|$)/g;

/** Splits a Markdown file into its YAML frontmatter (with line numbers) and its body. */
export function parseMarkdown(source: string, file: string): ParsedMarkdown | Problem {
  const open = OPEN.exec(source);
  if (!open) {
    return problem(file, 'Tệp không có phần thông tin đầu (frontmatter).', {
      line: 1,
      fix: 'Dòng đầu tiên của tệp phải là "---", tiếp theo là các trường (title: ..., date: ...), rồi một dòng "---".',
    });
  }
  // From the opening line's own "\n", so that a "---" right below it closes an empty frontmatter.
  CLOSE.lastIndex = open[0].length - 1;
  const close = CLOSE.exec(source);
  if (!close) {
    return problem(file, 'Phần thông tin đầu (frontmatter) chưa được đóng.', {
      line: 1,
      fix: 'Thêm một dòng "---" sau trường cuối cùng của phần thông tin đầu.',
    });
  }
  // A copy, not a slice: every string the YAML parser cuts from a slice, and so every item, would
  // keep the whole file (body included) in memory. 10,000 items: 19 MB less heap to collect.
  const yamlText = Buffer.from(source.slice(open[0].length, close.index + 1), 'utf8').toString('utf8');
  const body = source.slice(close.index + close[0].length);
  return { frontmatter: parseYaml(yamlText, file, 1), body };
}

const DASH = 0x2d;
const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Where the frontmatter's closing "---" line ends (after its line break), found in a file's
 * bytes by the rules of OPEN and CLOSE above: the first line after the opening one that is "---"
 * and blanks. None when the file does not open with "---" or never closes it. A reader can then
 * make text of the frontmatter alone (item-source.ts).
 */
export function frontmatterEnd(bytes: Buffer): number | undefined {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes[bom] !== DASH || bytes[bom + 1] !== DASH || bytes[bom + 2] !== DASH) return undefined;
  for (let at = bytes.indexOf(LF, bom + 3); at >= 0; at = bytes.indexOf(LF, at + 1)) {
    if (bytes[at + 1] !== DASH || bytes[at + 2] !== DASH || bytes[at + 3] !== DASH) continue;
    let i = at + 4;
    while (bytes[i] === SPACE || bytes[i] === TAB) i++;
    if (i === bytes.length) return i;
    if (bytes[i] === LF) return i + 1;
    if (bytes[i] === CR && bytes[i + 1] === LF) return i + 2;
  }
  return undefined;
}
