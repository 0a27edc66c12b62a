import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { dump } from 'js-yaml';
import { editorBackendSchema } from './backend-schema.ts';
import { communeConfig, provinceConfig, type CommuneEditor, type EditorBackend } from './decap-config.ts';
import { editorPage, type EditorSettings } from './editor-page.ts';
import { editorSections } from './editor-sections.ts';
import { schemaFields } from './schema-fields.ts';
import { parseYamlText } from './yaml-edit.ts';
import { siteSchema } from '../schemas/site.ts';
import { royaltySchemeSchema } from '../schemas/royalty-scheme.ts';
import { schemeIdOn } from '../royalty/in-force.ts';
import { vnDay } from '../vn-date.ts';

/** Where the editor lives in a commune's folder and at the output root. */
export const EDITOR_DIR = 'quan-tri';

const decapDist = dirname(createRequire(import.meta.url).resolve('decap-cms'));

/**
 * Writes `quan-tri/` into each built commune's folder (`communesDir/<commune>/`), and into the
 * portal's files (`portalDir`, the output root) with every commune of the province. Only these
 * folders load the editor: public pages are untouched. A faulty `_shared/quan-tri.yaml` is
 * reported and no editor is written.
 */
export async function writeEditors(options: {
  contentDir: string;
  communesDir: string;
  portalDir: string;
  communes: readonly string[];
  province: readonly string[];
  now: Date;
}): Promise<void> {
  const { contentDir, communesDir, portalDir, communes, province, now } = options;
  const backend = await readBackend(contentDir);
  if (typeof backend === 'string') {
    console.error(backend);
    process.exitCode = 1;
    return;
  }
  const script = await editorScript();
  const describe = (slug: string) => readCommuneEditor(contentDir, slug, vnDay(now));
  for (const slug of communes) {
    const commune = await describe(slug);
    const dir = join(communesDir, slug, EDITOR_DIR);
    await prepare(dir);
    await writeFileIn(dir, 'preview.css', await siteStyles(join(communesDir, slug)));
    await writeEditor(
      dir,
      `Quản trị nội dung: ${commune.name}`,
      communeConfig(commune, backend.config),
      script,
      {
        previewStyles: ['preview.css'],
        previews: Object.fromEntries(commune.sections.map((s) => [s.folder, { communeName: commune.name }])),
        unions: unions(),
        siblingFields: SIBLING_FIELDS,
        connected: backend.connected,
      },
    );
  }
  if (province.length === 0) return;
  const all = await Promise.all(province.map(describe));
  const dir = join(portalDir, EDITOR_DIR);
  await prepare(dir);
  await writeEditor(dir, 'Quản trị nội dung các xã', provinceConfig(all, backend.config), script, {
    previewStyles: [`../${province[0]}/${EDITOR_DIR}/preview.css`],
    previews: Object.fromEntries(
      all.flatMap((c) => c.sections.map((s) => [`${c.slug}--${s.folder}`, { communeName: c.name }])),
    ),
    unions: unions(),
    siblingFields: SIBLING_FIELDS,
    connected: backend.connected,
  });
}

/** Top-level item fields whose widget stores a file beside the item (decap-fields.ts). */
const SIBLING_FIELDS = ['image', 'file'];

async function prepare(dir: string): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}

async function writeFileIn(dir: string, name: string, text: string): Promise<void> {
  await writeFile(join(dir, name), text);
}

async function writeEditor(
  dir: string,
  title: string,
  config: Record<string, unknown>,
  script: string,
  settings: EditorSettings,
): Promise<void> {
  await Promise.all([
    writeFileIn(dir, 'index.html', editorPage(title, settings)),
    writeFileIn(
      dir,
      'config.yml',
      `# Tạo tự động từ các lược đồ nội dung khi xây dựng trang: đừng sửa tệp này.\n${dump(config, { lineWidth: -1, noRefs: true })}`,
    ),
    writeFileIn(dir, 'trangxa-editor.js', script),
    copyDecap(dir),
  ]);
}

/**
 * Decap CMS's browser bundle and the chunks it loads on demand, from node_modules (never a CDN).
 * Hard links where the file system allows: 6 MB once on disk, whatever the number of communes.
 */
async function copyDecap(dir: string): Promise<void> {
  const files = (await readdir(decapDist)).filter((f) => /^(\d+\.)?decap-cms\.js$|\.wasm$/.test(f));
  await Promise.all(
    files.map((f) =>
      link(join(decapDist, f), join(dir, f)).catch(() => copyFile(join(decapDist, f), join(dir, f))),
    ),
  );
}

/** The site's own stylesheet (inlined in its pages), from its home page and one item page. */
async function siteStyles(communeOut: string): Promise<string> {
  const pages = [join(communeOut, 'index.html'), await firstItemPage(communeOut)].filter(
    (p): p is string => p !== undefined,
  );
  const blocks = new Set<string>();
  for (const page of pages) {
    const html = await readFile(page, 'utf8').catch(() => '');
    for (const match of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) blocks.add(match[1]!);
  }
  return [...blocks].join('\n');
}

async function firstItemPage(communeOut: string): Promise<string | undefined> {
  const news = join(communeOut, 'tin-tuc');
  const entries = await readdir(news, { recursive: true }).catch(() => [] as string[]);
  const page = entries.find((e) => /\d{4}\/[^/]+\/index\.html$/.test(e));
  return page ? join(news, page) : undefined;
}

/** What the configuration of one commune needs from its content folder. */
export async function readCommuneEditor(
  contentDir: string,
  slug: string,
  today: string,
): Promise<CommuneEditor> {
  const dir = join(contentDir, slug);
  const site = siteSchema.safeParse(parseYamlText(await readFile(join(dir, 'site.yaml'), 'utf8')));
  const name = site.success ? site.data.name : slug;
  const schemeId = site.success ? schemeIdOn(site.data.royaltyScheme, today) : undefined;
  let genres: CommuneEditor['genres'] = [];
  if (schemeId) {
    const source = await readFile(
      join(contentDir, '_shared', 'royalty-schemes', `${schemeId}.yaml`),
      'utf8',
    ).catch(() => undefined);
    const scheme = source === undefined ? undefined : royaltySchemeSchema.safeParse(parseYamlText(source));
    if (scheme?.success) genres = scheme.data.genres.map((g) => ({ key: g.key, label: g.label }));
  }
  return {
    slug,
    name,
    sections: editorSections(),
    hasRedirects: existsSync(join(dir, 'redirects.yaml')),
    genres,
  };
}

/** Fields of site.yaml edited as a list that a file may write as one value. */
function unions(): Record<string, string> {
  return Object.fromEntries(
    schemaFields(siteSchema).flatMap((f) => (f.union ? [[f.name, f.union.scalarKey]] : [])),
  );
}

export async function readBackend(
  contentDir: string,
): Promise<{ config: EditorBackend; connected: boolean } | string> {
  const file = join(contentDir, '_shared', 'quan-tri.yaml');
  const source = await readFile(file, 'utf8').catch(() => undefined);
  // Not connected yet: only the local backend works (it is tried first on localhost).
  if (source === undefined)
    return { config: { name: 'github', repo: 'chua-cau-hinh/xem-README', branch: 'main' }, connected: false };
  const parsed = editorBackendSchema.safeParse(parseYamlText(source));
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  - ${issue.path.join('.') || '(tệp)'}: ${issue.message}`,
    );
    return `Lỗi trong _shared/quan-tri.yaml (cấu hình trình soạn thảo), chưa tạo trang quan-tri/:\n${lines.join('\n')}\n  Sửa theo README, mục "Trình soạn thảo".`;
  }
  const { backend, repo, branch, baseUrl, apiRoot, appId } = parsed.data;
  return {
    connected: true,
    config: {
      name: backend,
      repo,
      branch,
      ...(baseUrl ? { base_url: baseUrl } : {}),
      ...(apiRoot ? { api_root: apiRoot } : {}),
      ...(appId ? { app_id: appId } : {}),
      // GitLab and Gitea/Forgejo: PKCE, no server of our own needed.
      ...(appId && backend !== 'github' ? { auth_type: 'pkce' } : {}),
    },
  };
}

let bundled: Promise<string> | undefined;

/** editor-script.ts bundled for the browser, once per build process. */
function editorScript(): Promise<string> {
  bundled ??= import('esbuild').then(async ({ build }) => {
    const result = await build({
      entryPoints: [join(import.meta.dirname, 'editor-script.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
    });
    return result.outputFiles[0]!.text;
  });
  return bundled;
}
