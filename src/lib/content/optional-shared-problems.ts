import type { Problem } from '../problems.ts';
import { OVERSIGHT_FILE } from '../oversight/read-oversight.ts';
import { oversightSchema } from '../schemas/oversight.ts';
import { portalSchema } from '../schemas/portal.ts';
import { PORTAL_FILE } from '../units/portal-file.ts';
import { readOptionalYaml } from './read-optional-yaml.ts';

/**
 * `check` validates the optional shared files too (the portal's owner, the oversight body), so an
 * editor learns of a mistake before the build or the report. Their problems never block a
 * commune: the portal and the report fall back to a neutral heading.
 */
export async function optionalSharedProblems(contentDir: string): Promise<Problem[]> {
  const results = await Promise.all([readOptionalYaml(contentDir, PORTAL_FILE, portalSchema), readOptionalYaml(contentDir, OVERSIGHT_FILE, oversightSchema)]);
  return results.flatMap((r) => r.problems);
}
