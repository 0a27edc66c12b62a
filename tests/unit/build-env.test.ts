import { expect, test } from 'vitest';
import { buildEnv, buildEnvVariables, type BuildEnv } from '../../src/lib/build-env.ts';

const base: BuildEnv = {
  contentDir: '/srv/content',
  communes: [],
  portal: [],
  portalOnly: false,
  now: new Date('2026-11-25T17:00:00.000Z'),
  preview: false,
};

// What the CLI sets is what Astro's build reads back.
test.each([
  { name: 'a build of every commune', env: base },
  {
    name: 'a build of two communes, a portal of three',
    env: {
      ...base,
      communes: ['song-hinh', 'hai-rieng'],
      portal: ['song-hinh', 'hai-rieng', 'duc-binh-tay'],
    },
  },
  { name: 'the portal alone', env: { ...base, portal: ['song-hinh'], portalOnly: true } },
  { name: 'a preview (npm run dev)', env: { ...base, communes: ['song-hinh'], preview: true } },
])('$name', ({ env }) => {
  expect(buildEnv(buildEnvVariables(env))).toEqual(env);
});

test('a build is never a preview, whatever the shell says', () => {
  expect(buildEnv({ TRANGXA_PREVIEW: '1', ...buildEnvVariables(base) }).preview).toBe(false);
});
