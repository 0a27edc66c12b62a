/**
 * Reads `_shared/oversight.yaml`, the body that issues the oversight report. Optional: without
 * it the report has a neutral heading and says that the letterhead is not configured.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseYaml } from '../content/read-yaml.ts';
import { unknownKeyProblems } from '../content/unknown-keys.ts';
import { zodProblems } from '../content/zod-problems.ts';
import type { Problem } from '../problems.ts';
import { oversightSchema, type Oversight } from '../schemas/oversight.ts';

export const OVERSIGHT_FILE = '_shared/oversight.yaml';

export async function readOversight(contentDir: string): Promise<{ oversight?: Oversight; problems: Problem[] }> {
  const source = await readFile(join(contentDir, OVERSIGHT_FILE), 'utf8').catch(() => undefined);
  if (source === undefined) return { problems: [] };
  const parsed = parseYaml(source, OVERSIGHT_FILE);
  if (parsed.problems.length) return { problems: parsed.problems };
  const problems = unknownKeyProblems(oversightSchema, parsed.value ?? {}, OVERSIGHT_FILE, parsed.lineOf);
  const result = oversightSchema.safeParse(parsed.value ?? {});
  if (!result.success) return { problems: [...problems, ...zodProblems(result.error, OVERSIGHT_FILE, parsed.lineOf, parsed.value)] };
  return { oversight: result.data, problems };
}
