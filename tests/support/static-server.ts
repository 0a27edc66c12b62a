import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';

/** What a plain static host (nginx, GitHub Pages, a province's shared hosting) sends for each file type. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export interface StaticServer {
  /** Absolute URL of the served folder, ending in `/`, e.g. `http://127.0.0.1:41234/a/b/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `root` at `prefix` (`/` or `/a/b/`) on 127.0.0.1, on a free port, the way a static host
 * does: a folder URL serves its index.html, a folder URL without its slash is redirected, and
 * anything else is a 404 with the nearest 404.html body when the site has one.
 */
export async function serveFolder(root: string, prefix = '/'): Promise<StaticServer> {
  if (!prefix.startsWith('/') || !prefix.endsWith('/'))
    throw new Error(`prefix must start and end with "/": ${prefix}`);
  const base = resolve(root);
  const server = createServer((request, response) => {
    handle(base, prefix, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    });
  });
  server.keepAliveTimeout = 1_000;
  server.requestTimeout = 10_000;
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}

async function handle(base: string, prefix: string, request: IncomingMessage, response: ServerResponse) {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  if (`${pathname}/` === prefix) return redirect(response, prefix);
  if (!pathname.startsWith(prefix)) return notFound(base, base, request, response);

  let file: string;
  try {
    file = resolve(base, decodeURIComponent(pathname.slice(prefix.length)));
  } catch {
    return notFound(base, base, request, response);
  }
  if (file !== base && !file.startsWith(base + sep)) return notFound(base, base, request, response);

  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) return redirect(response, `${pathname}/`);
    file = join(file, 'index.html');
  }
  const fileInfo = info?.isDirectory() ? await stat(file).catch(() => undefined) : info;
  if (!fileInfo?.isFile())
    return notFound(base, info?.isDirectory() ? file : dirname(file), request, response);
  send(response, 200, file, fileInfo.size, request.method === 'HEAD');
}

function redirect(response: ServerResponse, location: string) {
  response.writeHead(301, { location }).end();
}

/** Walks up from the missing file's folder to the served root looking for the site's 404.html. */
async function notFound(base: string, from: string, request: IncomingMessage, response: ServerResponse) {
  for (let dir = from; dir === base || dir.startsWith(base + sep); dir = dirname(dir)) {
    const page = join(dir, '404.html');
    const info = await stat(page).catch(() => undefined);
    if (info?.isFile()) return send(response, 404, page, info.size, request.method === 'HEAD');
    if (relative(base, dir) === '') break;
  }
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 Not Found');
}

function send(response: ServerResponse, status: number, file: string, size: number, headOnly: boolean) {
  response.writeHead(status, {
    'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': size,
    'cache-control': 'no-store',
  });
  if (headOnly) return void response.end();
  createReadStream(file)
    .on('error', (error) => response.destroy(error))
    .pipe(response);
}
