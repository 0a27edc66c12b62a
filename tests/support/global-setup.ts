import type { TestProject } from 'vitest/node';
import { buildSite, FIXTURE_NOW } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `dist/` of the fixture content folder, built once per test run. */
    fixtureDist: string;
  }
}

let built: Promise<string> | undefined;

/** Builds `tests/fixtures/content` once for the build and browser test projects. */
export default async function setup(project: TestProject) {
  built ??= buildSite('fixture', ['--content', 'tests/fixtures/content', '--now', FIXTURE_NOW]).then(
    (result) => {
      if (result.code !== 0)
        throw new Error(`Fixture build failed (${result.code}):\n${result.stderr}\n${result.stdout}`);
      return result.outDir;
    },
  );
  project.provide('fixtureDist', await built);
}
