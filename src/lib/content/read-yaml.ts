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
  } catch {
    const { doc, counter } = detailed();
    const problems = doc.errors.map((e) =>
      problem(file, `YAML không đọc được: ${yamlReason(e.code, e.message)}`, {
        line: counter.linePos(e.pos[0]).line + lineOffset,
        fix: 'Kiểm tra thụt lề (dùng dấu cách, không dùng Tab), dấu hai chấm sau tên trường và dấu nháy đóng mở.',
      }),
    );
    return { value: problems.length ? undefined : doc.toJS(), lineOf, problems };
  }
}

function yamlReason(code: string, message: string): string {
  const reasons: Record<string, string> = {
    DUPLICATE_KEY: 'một trường bị khai báo hai lần',
    TAB_AS_INDENT: 'dùng phím Tab để thụt lề',
    BAD_INDENT: 'thụt lề không đúng',
    MISSING_CHAR: 'thiếu ký tự (dấu nháy hoặc ngoặc chưa đóng)',
    BLOCK_AS_IMPLICIT_KEY: 'thiếu dấu hai chấm hoặc thụt lề sai',
    MULTILINE_IMPLICIT_KEY: 'thiếu dấu hai chấm hoặc thụt lề sai',
    UNEXPECTED_TOKEN: 'có ký tự không mong đợi',
  };
  return reasons[code] ?? `${message.split('\n')[0]}`;
}
