/**
 * The files a commune's `redirects.yaml` becomes in its output folder: a static page for each old
 * address a static host can serve (`meta refresh`, canonical, a visible link, `noindex`), and the
 * same redirects for servers: `_redirects` (Netlify, Cloudflare Pages and hosts like them), an
 * nginx `map` include and an Apache `.htaccess`, each with every entry, queries included.
 * Paths are written from the site's root: the path of `url` in site.yaml, or `/`.
 */
import { posix } from 'node:path';
import type { Site } from '../content/types.ts';
import { escapeHtml } from '../escape-html.ts';
import type { Redirect } from '../schemas/redirects.ts';
import { pageOfTo, splitFrom, staticFile } from './paths.ts';

export const NGINX_MAP = 'nginx-redirects.conf';

/** The site's root path: `/` or `/song-hinh/` when `url` is https://host/song-hinh/. */
export const basePath = (site: Pick<Site, 'url'>): string =>
  site.url ? new URL(site.url).pathname.replace(/\/?$/, '/') : '/';

const targetPath = (base: string, to: string): string => {
  const page = pageOfTo(to);
  return page ? `${base}${page}/` : base;
};

/** A page that sends the browser on, and says where in words for those whose browser does not. */
export function redirectPage(site: Site, file: string, to: string): string {
  const dir = posix.dirname(`/${file}`);
  const page = pageOfTo(to);
  let href = posix.relative(dir, `/${page}`);
  href = href === '' ? './' : `${href}/`;
  const canonical = site.url ? new URL(page ? `${page}/` : '', site.url).href : href;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${escapeHtml(href)}">
<link rel="canonical" href="${escapeHtml(canonical)}">
<title>Trang đã chuyển – ${escapeHtml(site.name)}</title>
</head>
<body>
<main>
<h1>Trang đã chuyển</h1>
<p>Nội dung này nay ở địa chỉ mới: <a href="${escapeHtml(href)}">${escapeHtml(site.url ? canonical : 'xem trang mới')}</a>.</p>
<p>${escapeHtml(site.agency)}</p>
</main>
</body>
</html>
`;
}

/** `_redirects`: `from to 301`; a query is matched as Netlify writes it (`/a.aspx tabid=75 /b/ 301`). */
export function netlifyRedirects(redirects: readonly Redirect[], base: string): string {
  const lines = redirects.map((r) => {
    const { query } = splitFrom(r.from);
    const path = `${base}${r.from.slice(1).split('?')[0]}`;
    const params = query ? ` ${query.split('&').join(' ')}` : '';
    return `${path}${params} ${targetPath(base, r.to)} 301`;
  });
  return `# Chuyển hướng địa chỉ cũ (tạo từ redirects.yaml; đừng sửa tay)\n${lines.join('\n')}\n`;
}

/** A quoted nginx string: `"` and `\` escaped, and `$` so nginx never reads a variable in it. */
const nginxString = (s: string): string => `"${s.replace(/[\\"$]/g, (c) => `\\${c}`)}"`;

/** The entries of an nginx `map $request_uri $…` block (see the comment at its top). */
export function nginxMap(redirects: readonly Redirect[], base: string): string {
  const lines = redirects.map(
    (r) => `${nginxString(`${base}${r.from.slice(1)}`)} ${nginxString(targetPath(base, r.to))};`,
  );
  return `# Chuyển hướng địa chỉ cũ (tạo từ redirects.yaml; đừng sửa tay). Dùng trong khối http của nginx:
#   map $request_uri $trangxa_redirect { default ""; include ${NGINX_MAP}; }
# và trong khối server của trang:
#   if ($trangxa_redirect) { return 301 $trangxa_redirect; }
${lines.join('\n')}
`;
}

const regex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `.htaccess` for Apache (mod_rewrite), in the commune folder: patterns relative to it. */
export function htaccess(redirects: readonly Redirect[], base: string): string {
  const rules = redirects.map((r) => {
    const [rawPath = '', query] = r.from.slice(1).split(/\?(.*)/s);
    const condition = query === undefined ? '' : `RewriteCond %{QUERY_STRING} ^${regex(query)}$\n`;
    // QSD drops the old query string from the new address.
    return `${condition}RewriteRule ^${regex(rawPath)}$ ${targetPath(base, r.to)} [R=301,L,QSD]`;
  });
  return `# Chuyển hướng địa chỉ cũ (tạo từ redirects.yaml; đừng sửa tay)\nRewriteEngine On\n${rules.join('\n')}\n`;
}

/** Every file, relative to the commune's folder. */
export function redirectFiles(site: Site, redirects: readonly Redirect[]): { path: string; data: string }[] {
  if (redirects.length === 0) return [];
  const base = basePath(site);
  const pages = redirects.flatMap((r) => {
    const file = staticFile(r);
    return file ? [{ path: file, data: redirectPage(site, file, r.to) }] : [];
  });
  return [
    ...pages,
    { path: '_redirects', data: netlifyRedirects(redirects, base) },
    { path: NGINX_MAP, data: nginxMap(redirects, base) },
    { path: '.htaccess', data: htaccess(redirects, base) },
  ];
}
