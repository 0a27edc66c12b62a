/**
 * Hosts whose video players an editor may embed with `<iframe>`. Anything else (maps, forms,
 * other sites) is removed: an iframe runs someone else's page inside the commune's site.
 * Add a host only if it serves a video player over https and needs no script from our page.
 */
export const VIDEO_HOSTS: ReadonlySet<string> = new Set([
  'www.youtube.com',
  'www.youtube-nocookie.com',
  'youtube.com',
  'player.vimeo.com',
]);

/** True for an `https:` address on an allowed video host. */
export function isAllowedVideo(src: unknown): boolean {
  if (typeof src !== 'string' || !URL.canParse(src)) return false;
  const url = new URL(src);
  return url.protocol === 'https:' && VIDEO_HOSTS.has(url.hostname);
}
