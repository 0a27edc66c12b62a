import { createHash } from 'node:crypto';
import { VIDEO_HOSTS } from '../markdown/video-hosts.ts';

/**
 * The Content-Security-Policy of a page, as a `<meta>` right after its charset: a second line of
 * defence behind the sanitiser (`satteri-sanitizer.ts`). Pages run no script, so `script-src` is
 * 'none', except on a page with scripts (the search page), which may run exactly its inline
 * scripts (by their SHA-256), files of its own site (its script once Astro links it, Pagefind)
 * and WebAssembly (Pagefind's index).
 * Styles are inline (`inlineStylesheets: 'always'`); images may come from the site, `data:` (the
 * favicon) or the web (a photo an editor links); frames only from the allowed video players.
 * `frame-ancestors` cannot be set in a `<meta>`: the web server must send it.
 */
export function contentSecurityPolicy(inlineScripts: readonly string[], scriptFiles = false): string {
  const hashes = inlineScripts.map(
    (script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`,
  );
  const scripts =
    hashes.length || scriptFiles ? ["'self'", "'wasm-unsafe-eval'", ...hashes].join(' ') : "'none'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https: http:",
    `frame-src ${[...VIDEO_HOSTS].map((host) => `https://${host}`).join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
/** A script file of the site: Astro inlines a page's script only while it is small, else links it. */
const SCRIPT_FILE = /<script[^>]*\ssrc=/;
const CHARSET = /<meta charset="utf-8"\s*\/?>/i;

/** A page with its policy in a `<meta http-equiv>` after its charset; unchanged if it has none. */
export function withContentSecurityPolicy(html: string): string {
  const scripts = [...html.matchAll(INLINE_SCRIPT)].map((m) => m[1] ?? '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(scripts, SCRIPT_FILE.test(html))}">`;
  return html.replace(CHARSET, (charset) => `${charset}${meta}`);
}
