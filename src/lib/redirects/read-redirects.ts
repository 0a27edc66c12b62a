import { readOptionalYaml } from '../content/read-optional-yaml.ts';
import type { Problem } from '../problems.ts';
import { redirectsSchema, type Redirect } from '../schemas/redirects.ts';
import { redirectsFile } from './check-redirects.ts';

/** A commune's `redirects.yaml`: none when absent. */
export async function readRedirects(
  contentDir: string,
  slug: string,
): Promise<{
  redirects: Redirect[];
  problems: Problem[];
  lineOf?: ((path: readonly PropertyKey[]) => number | undefined) | undefined;
}> {
  const { value, problems, lineOf } = await readOptionalYaml(
    contentDir,
    redirectsFile(slug),
    redirectsSchema,
  );
  return { redirects: value ?? [], problems, lineOf };
}
