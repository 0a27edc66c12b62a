import { CORE_SCHEMA, load } from 'js-yaml';
import { createRequire } from 'node:module';
import type { Document, LineCounter } from 'yaml';
import { problem, type Problem } from '../problems.ts';

// Loaded on first use: only for a problem's line or YAML that js-yaml refuses (0.04 s to load).
let yaml: typeof import('yaml') | undefined;
const loadYaml = () => (yaml ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

/** The line of a field path in each file read, by file (relative to the content folder). */
export type LineIndex = Map<string, (path: readonly PropertyKey[]) => number | undefined>;

export interface ParsedYaml {
  value: unknown;
  /** The 1-based line of the value at a field path, or of the nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  problems: Problem[];
}

/**
 * Parses YAML as editors write it, with line numbers for messages. YAML 1.2 core schema:
 * `2022-01-18` stays text (the date schemas read it), `no` stays text, `yes` too. The text is
 * normalised to Unicode NFC first: some Vietnamese keyboards type decomposed (NFD) accents.
 *
 * Two parsers, for speed: `js-yaml` (the one Astro reads frontmatter with, about ten times
 * faster) reads every file; `yaml`, which keeps every node's position, reads a file again only
 * when a problem needs a line or when js-yaml refuses it, to explain why and where.
 * @param lineOffset lines before the YAML in its file (1 for frontmatter after `---`).
 */
export function parseYaml(source: string, file: string, lineOffset = 0): ParsedYaml {
  const text = source.normalize('NFC');
  let document: { doc: Document; counter: LineCounter } | undefined;
  const detailed = () => {
    if (!document) {
      const { LineCounter, parseDocument } = loadYaml();
      const counter = new LineCounter();
      document = { doc: parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false }), counter };
    }
    return document;
  };
  const lineOf = (path: readonly PropertyKey[]) => {
    const { doc, counter } = detailed();
    for (let n = path.length; n >= 0; n--) {
      // A key whose value is missing or null has no node: point at the nearest parent.
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (loadYaml().isNode(node) && node.range) return counter.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
  try {
    return { value: load(text, { schema: CORE_SCHEMA }), lineOf, problems: [] };
  } catch (error) {
    // One problem per file, the first: what follows a syntax error is mostly its consequence.
    const { doc, counter } = detailed();
    const first = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    const line = first ? counter.linePos(first.pos[0]).line + lineOffset : ((error as { mark?: { line?: number } }).mark?.line ?? 0) + 1 + lineOffset;
    const { reason, fix } = explain(first?.code ?? '', first ? text.slice(first.pos[0]).split('\n')[0]! : '', line);
    return { value: undefined, lineOf, problems: [problem(file, `YAML không đọc được: ${reason}`, { line, fix })] };
  }
}

const GENERAL_FIX = 'Kiểm tra thụt lề (dùng dấu cách, không dùng Tab), dấu hai chấm sau tên trường và dấu nháy đóng mở.';

/** Why a YAML text does not parse, and how to fix it, from the parser's error code. */
function explain(code: string, at: string, line: number): { reason: string; fix: string } {
  switch (code) {
    case 'DUPLICATE_KEY': {
      const key = at.replace(/:.*$/, '').trim();
      return { reason: `trường "${key}" được khai báo hai lần (lần thứ hai ở dòng ${line})`, fix: `Giữ lại một dòng "${key}: …" và xóa dòng kia.` };
    }
    case 'TAG_RESOLVE_FAILED':
      return { reason: `thẻ "${at.split(/\s/)[0]}" không được dùng (thẻ YAML bắt đầu bằng "!" có thể chứa mã chương trình)`, fix: 'Xóa thẻ, chỉ để lại giá trị; nếu giá trị bắt đầu bằng "!", đặt nó trong dấu nháy: "…".' };
    case 'TAB_AS_INDENT':
      return { reason: 'dùng phím Tab để thụt lề', fix: 'Thay mỗi Tab ở đầu dòng bằng dấu cách (thường là 2 dấu cách).' };
    default:
      return { reason: yamlReason(code), fix: GENERAL_FIX };
  }
}

function yamlReason(code: string): string {
  const reasons: Record<string, string> = {
    BAD_INDENT: 'thụt lề không đúng',
    MISSING_CHAR: 'thiếu ký tự (dấu nháy hoặc ngoặc chưa đóng, hoặc dấu "-" đầu một mục của danh sách)',
    BLOCK_AS_IMPLICIT_KEY: 'thiếu dấu hai chấm hoặc thụt lề sai',
    MULTILINE_IMPLICIT_KEY: 'thiếu dấu hai chấm hoặc thụt lề sai',
    UNEXPECTED_TOKEN: 'có ký tự không mong đợi',
  };
  // Never the parser's own message: it may quote the text, and it is in English.
  return reasons[code] ?? 'cú pháp không hợp lệ';
}
