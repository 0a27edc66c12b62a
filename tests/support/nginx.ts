/**
 * A real nginx serving one folder with a redirect map included, as a province's server would:
 * its own prefix, config, pid and logs in a temporary folder, on a free local port, as any user.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(
  (path) => spawnSync(path, ['-v']).status === 0,
);

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export interface Nginx {
  url: string;
  /** `nginx -t` output on the generated configuration. */
  test: string;
  close(): Promise<void>;
}

/**
 * Started as root (CI), nginx's workers drop to `nobody`, who cannot read a checkout inside a
 * private folder (`mktemp -d` makes it 0700): every page answered 403. The workers keep the
 * caller's user instead; as any other user the directive does not apply and is left out.
 */
const AS_ROOT = process.getuid?.() === 0 ? 'user root;\n' : '';

/** Serves `root` at `/`, redirecting by the `map` entries in `mapFile`. */
export async function serveWithNginx(root: string, mapFile: string): Promise<Nginx> {
  if (!NGINX) throw new Error('nginx is not installed (apt-get install nginx).');
  const dir = await mkdtemp(join(tmpdir(), 'trangxa-nginx-'));
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  await writeFile(
    conf,
    `daemon off;
${AS_ROOT}pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  map $request_uri $trangxa_redirect { default ""; include ${mapFile}; }
  server {
    listen 127.0.0.1:${port};
    root ${root};
    absolute_redirect off;
    if ($trangxa_redirect) { return 301 $trangxa_redirect; }
  }
}
`,
  );
  const test = spawnSync(NGINX, ['-t', '-p', dir, '-c', conf], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t refused the configuration:\n${test.stderr}`);
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', conf], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    test: test.stderr,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGQUIT');
      }),
  };
}
