import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { Problem } from '../problems.ts';
import { parseYaml } from './read-yaml.ts';
import { unknownKeyProblems } from './unknown-keys.ts';
import { zodProblems } from './zod-problems.ts';

/**
 * Reads an optional YAML file of the content folder against its schema: absent is no problem;
 * present and wrong gives every problem with its line, and no value.
 */
export async function readOptionalYaml<T>(contentDir: string, file: string, schema: z.ZodType<T>): Promise<{ value?: T; problems: Problem[]; lineOf?: (path: readonly PropertyKey[]) => number | undefined }> {
  const source = await readFile(join(contentDir, file), 'utf8').catch(() => undefined);
  if (source === undefined) return { problems: [] };
  const parsed = parseYaml(source, file);
  if (parsed.problems.length) return { problems: parsed.problems };
  const problems = unknownKeyProblems(schema, parsed.value ?? {}, file, parsed.lineOf);
  const result = schema.safeParse(parsed.value ?? {});
  if (!result.success) return { problems: [...problems, ...zodProblems(result.error, file, parsed.lineOf, parsed.value)], lineOf: parsed.lineOf };
  return { value: result.data, problems, lineOf: parsed.lineOf };
}
