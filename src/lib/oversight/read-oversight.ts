/**
 * Reads `_shared/oversight.yaml`, the body that issues the oversight report. Optional: without
 * it the report has a neutral heading and says that the letterhead is not configured.
 */
import { readOptionalYaml } from '../content/read-optional-yaml.ts';
import type { Problem } from '../problems.ts';
import { oversightSchema, type Oversight } from '../schemas/oversight.ts';

export const OVERSIGHT_FILE = '_shared/oversight.yaml';

export async function readOversight(
  contentDir: string,
): Promise<{ oversight?: Oversight; problems: Problem[] }> {
  const { value, problems } = await readOptionalYaml(contentDir, OVERSIGHT_FILE, oversightSchema);
  return value ? { oversight: value, problems } : { problems };
}
