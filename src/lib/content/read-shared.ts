import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { problem, type Problem } from '../problems.ts';
import { baseSalarySchema } from '../schemas/base-salary.ts';
import { royaltySchemeSchema } from '../schemas/royalty-scheme.ts';
import { taxSchema } from '../schemas/tax.ts';
import { readEditorFile } from './read-text.ts';
import { parseYaml } from './read-yaml.ts';
import type { BaseSalaryEntry, RoyaltyScheme, SharedData, TaxRule } from './types.ts';
import { zodProblems } from './zod-problems.ts';

/** Reads `_shared/`: the base-salary timeline, the tax rule and the royalty schemes. */
export async function readShared(contentDir: string): Promise<{ data: SharedData; problems: Problem[] }> {
  const problems: Problem[] = [];
  const read = async (file: string, schema: z.ZodType, required: boolean): Promise<unknown> => {
    const source = await readEditorFile(join(contentDir, file), file);
    if (source === undefined) {
      if (required) problems.push(problem(file, 'Thiếu tệp dữ liệu chung.', { fix: `Tạo tệp ${file} theo hướng dẫn trong README (mục Dữ liệu chung).` }));
      return undefined;
    }
    if (typeof source !== 'string') {
      problems.push(source);
      return undefined;
    }
    const parsed = parseYaml(source, file);
    problems.push(...parsed.problems);
    if (parsed.problems.length) return undefined;
    const result = schema.safeParse(parsed.value);
    if (!result.success) {
      problems.push(...zodProblems(result.error, file, parsed.lineOf, parsed.value));
      return undefined;
    }
    return result.data;
  };
  const schemeFiles = (await readdir(join(contentDir, '_shared/royalty-schemes')).catch(() => []))
    .filter((f) => f.endsWith('.yaml'))
    .toSorted();
  const [baseSalary, tax, ...schemes] = await Promise.all([
    read('_shared/base-salary.yaml', baseSalarySchema, true),
    read('_shared/tax.yaml', taxSchema, true),
    ...schemeFiles.map((f) => read(`_shared/royalty-schemes/${f}`, royaltySchemeSchema, true)),
  ]);
  const schemeMap = new Map<string, RoyaltyScheme>();
  schemes.forEach((scheme, i) => {
    if (scheme) schemeMap.set(schemeFiles[i]!.replace(/\.yaml$/, ''), { ...(scheme as Omit<RoyaltyScheme, 'id'>), id: schemeFiles[i]!.replace(/\.yaml$/, '') });
  });
  return {
    data: {
      baseSalary: (baseSalary as BaseSalaryEntry[] | undefined) ?? [],
      tax: (tax as TaxRule[] | undefined) ?? [],
      schemes: schemeMap,
    },
    problems,
  };
}
