import { posix } from 'node:path';

/**
 * Rewrites root-relative URLs in a page into URLs relative to the page, so that a commune folder
 * works unchanged at a domain root and under any sub-path. `/_astro/` assets are moved into the
 * commune's own folder (see `assetsOf`), so their URLs point there too.
 */
const ATTRIBUTE = /\b(href|src|srcset|action|poster|content|data-pagefind-ui-bundle)=("([^"]*)"|'([^']*)')/g;

export function relativeUrl(pageDir: string, target: string, commune: string): string {
  if (!target.startsWith('/') || target.startsWith('//')) return target;
  const mapped = commune && target.startsWith('/_astro/') ? `/${commune}${target}` : target;
  const [path = '', rest = ''] = splitSuffix(mapped);
  let relative = posix.relative(pageDir, path);
  if (path.endsWith('/') && relative !== '') relative += '/';
  if (relative === '') relative = './';
  return relative + rest;
}

function splitSuffix(url: string): [string, string] {
  const i = url.search(/[?#]/);
  return i === -1 ? [url, ''] : [url.slice(0, i), url.slice(i)];
}

/**
 * `pagePath` is the page's own URL path, e.g. `/ea-trol/tin-tuc/2022/hoi-nghi/`; `commune` is the
 * commune whose folder the page belongs to, or '' for the portal's pages at the top of `dist/`.
 */
export function relativizeHtml(
  html: string,
  pagePath: string,
  commune = pagePath.split('/')[1] ?? '',
): string {
  const pageDir = pagePath.endsWith('/') ? pagePath : posix.dirname(pagePath);
  return html.replace(
    ATTRIBUTE,
    (whole, name: string, _quoted, dq: string | undefined, sq: string | undefined) => {
      const value = dq ?? sq ?? '';
      const quote = dq === undefined ? "'" : '"';
      if (name === 'content' && !value.startsWith('/')) return whole;
      const rewritten =
        name === 'srcset'
          ? value
              .split(',')
              .map((part) => {
                const [url = '', ...descriptor] = part.trim().split(/\s+/);
                return [relativeUrl(pageDir, url, commune), ...descriptor].join(' ');
              })
              .join(', ')
          : relativeUrl(pageDir, value, commune);
      return `${name}=${quote}${rewritten}${quote}`;
    },
  );
}

/** The `/_astro/` files a page refers to, to copy into its commune's folder. */
export function assetsOf(html: string): string[] {
  return [...html.matchAll(/\/_astro\/[^"'\s,)]+/g)].map((m) => m[0]);
}
