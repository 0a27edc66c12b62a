import { LineCounter, parseDocument, isNode } from 'yaml';
import { problem, type Problem } from '../problems.ts';

/** The line of a field path in each file read, by file (relative to the content folder). */
export type LineIndex = Map<string, (path: readonly PropertyKey[]) => number | undefined>;

export interface ParsedYaml {
  value: unknown;
  /** The 1-based line of the value at a field path, or of the nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  problems: Problem[];
}

/**
 * Parses YAML as editors write it, keeping line numbers for messages. YAML 1.2 core schema:
 * `2022-01-18` stays text (the date schemas read it), `no` stays text, `yes` too. The text is
 * normalised to Unicode NFC first: some Vietnamese keyboards type decomposed (NFD) accents.
 * @param lineOffset lines before the YAML in its file (1 for frontmatter after `---`).
 */
export function parseYaml(source: string, file: string, lineOffset = 0): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(source.normalize('NFC'), { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => counter.linePos(offset).line + lineOffset;
  const problems = doc.errors.map((e) =>
    problem(file, `YAML không đọc được: ${yamlReason(e.code, e.message)}`, {
      line: lineAt(e.pos[0]),
      fix: 'Kiểm tra thụt lề (dùng dấu cách, không dùng Tab), dấu hai chấm sau tên trường và dấu nháy đóng mở.',
    }),
  );
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
      if (n > 0) {
        // A key whose value is missing or null: point at the parent map's key.
        continue;
      }
    }
    return undefined;
  };
  return { value: problems.length ? undefined : doc.toJS(), lineOf, problems };
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
