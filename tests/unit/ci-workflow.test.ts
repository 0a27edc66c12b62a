import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { load } from 'js-yaml';

/** The shipped CI workflow must build every shard the matrix names and then assemble them. */
const workflow = load(
  readFileSync(join(import.meta.dirname, '../../.github/workflows/build.yml'), 'utf8'),
) as {
  env: { SHARDS: number };
  jobs: Record<
    string,
    { needs?: string; strategy?: { matrix: { shard: number[] } }; steps: { run?: string }[] }
  >;
};

describe('the GitHub Actions workflow', () => {
  test('its matrix lists shards 1..SHARDS, each built with --shard i/SHARDS', () => {
    const shards = workflow.jobs['shard']!.strategy!.matrix.shard;
    expect(shards).toEqual(Array.from({ length: workflow.env.SHARDS }, (_, i) => i + 1));
    expect(workflow.jobs['shard']!.steps.map((s) => s.run).join('\n')).toContain(
      '--shard ${{ matrix.shard }}/${{ env.SHARDS }}',
    );
  });

  test('the portal is assembled after every shard, before deployment', () => {
    expect(workflow.jobs['assemble']!.needs).toBe('shard');
    expect(workflow.jobs['assemble']!.steps.map((s) => s.run).join('\n')).toContain(
      'npm run build -- --portal-only --out dist',
    );
    expect(workflow.jobs['deploy']!.needs).toBe('assemble');
  });
});
