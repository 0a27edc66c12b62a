import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';

/** The workflow that checks the editor's pull requests before the head of the board publishes. */
const workflow = load(
  readFileSync(join(import.meta.dirname, '../../../.github/workflows/editor-check.yml'), 'utf8'),
) as {
  on: { pull_request: { paths: string[] } };
  permissions: Record<string, string>;
  jobs: {
    check: { steps: { id?: string; run?: string; if?: string; uses?: string; with?: { script?: string } }[] };
  };
};
const steps = workflow.jobs.check.steps;

describe('the editor pull request workflow', () => {
  test('runs on every pull request that changes content', () => {
    expect(workflow.on.pull_request.paths).toEqual(['content/**']);
  });

  test('runs npm run check and keeps its exit status', () => {
    const check = steps.find((s) => s.id === 'check')!;
    expect(check.run).toContain('npm run check > check.txt 2>&1');
    expect(check.run).toContain('echo "status=$status" >> "$GITHUB_OUTPUT"');
  });

  test('on failure, comments the Vietnamese messages on the pull request, then fails', () => {
    const comment = steps.find((s) => s.uses?.startsWith('actions/github-script'))!;
    expect(comment.if).toContain("steps.check.outputs.status != '0'");
    expect(comment.with!.script).toContain("readFileSync('check.txt'");
    expect(comment.with!.script).toContain('createComment');
    expect(workflow.permissions['pull-requests']).toBe('write');
    const last = steps.at(-1)!;
    expect([last.if, last.run]).toEqual(["steps.check.outputs.status != '0'", 'exit 1']);
  });
});
