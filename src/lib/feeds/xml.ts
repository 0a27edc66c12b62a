export const xmlResponse = (body: string, type = 'application/xml'): Response =>
  new Response(body, { headers: { 'content-type': `${type}; charset=utf-8` } });

/** Root-relative href of a file (not a folder) under a commune: `/xa-mau/rss.xml`. */
export const fileHref = (commune: string, path: string): string => `/${commune}/${path}`;
