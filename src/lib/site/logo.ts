import type { Commune } from '../content/types.ts';

/**
 * The agency logo of `site.yaml`, published at the commune's root as `logo.svg` or `logo.png`
 * (whatever the editor named the file), so the header links one cached file on every page.
 */
export interface Logo {
  href: string;
  alt: string;
}

const extension = (file: string): 'svg' | 'png' => (file.endsWith('.svg') ? 'svg' : 'png');

export function logoOf(commune: Commune): Logo | undefined {
  const logo = commune.site.logo;
  return logo && { href: `/${commune.slug}/logo.${extension(logo.file)}`, alt: logo.alt };
}

export const logoRoutes = (communes: readonly Commune[]) =>
  communes.flatMap((commune) => {
    const logo = commune.site.logo;
    if (!logo) return [];
    const ext = extension(logo.file);
    return [
      {
        params: { commune: commune.slug, logo: `logo.${ext}` },
        props: {
          commune,
          file: logo.file.replace(/^\.\//, ''),
          type: ext === 'svg' ? 'image/svg+xml' : 'image/png',
        },
      },
    ];
  });
