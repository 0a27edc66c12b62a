import { expect, test } from 'vitest';
import { siteOptionsSource, type SiteOptions } from '../../src/lib/build/site-options.ts';

const base: SiteOptions = {
  contentDir: '/srv/content',
  communes: [],
  portal: [],
  portalOnly: false,
  now: new Date('2026-11-25T17:00:00.000Z'),
  preview: false,
};

/** What the site's modules import from `virtual:trangxa/site-options`, for these options. */
async function served(options: SiteOptions): Promise<SiteOptions> {
  const module = (await import(`data:text/javascript,${encodeURIComponent(siteOptionsSource(options))}`)) as {
    siteOptions: SiteOptions;
  };
  return module.siteOptions;
}

// What the command gives the site configuration is what the pages read back.
test.each([
  { name: 'a build of every commune', options: base },
  {
    name: 'a build of two communes, a portal of three',
    options: {
      ...base,
      communes: ['song-hinh', 'hai-rieng'],
      portal: ['song-hinh', 'hai-rieng', 'duc-binh-tay'],
    },
  },
  { name: 'the portal alone', options: { ...base, portal: ['song-hinh'], portalOnly: true } },
  { name: 'a preview (npm run dev)', options: { ...base, communes: ['song-hinh'], preview: true } },
  { name: 'a content folder with quotes and accents', options: { ...base, contentDir: `/srv/nội dung "x"` } },
])('$name', async ({ options }) => {
  expect(await served(options)).toEqual(options);
});
