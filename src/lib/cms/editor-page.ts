import { escapeHtml } from '../escape-html.ts';

/** What the editor's own script needs besides Decap's configuration (editor-script.ts). */
export interface EditorSettings {
  /** The site's stylesheets, relative to the editor page, for the preview. */
  previewStyles: string[];
  /** Item collections and the commune whose site their preview imitates. */
  previews: Record<string, { communeName: string }>;
  /** Fields edited as a list that a file may write as one value (`royaltyScheme: id`). */
  unions: Record<string, string>;
  /** Fields holding a file beside the item: written `./name.jpg`, as the contract says. */
  siblingFields: string[];
  /** Whether content/_shared/quan-tri.yaml names a repository. */
  connected: boolean;
}

/**
 * `quan-tri/index.html`: never indexed, Decap CMS and our script from this folder (no CDN), a
 * message for browsers without JavaScript. Decap is started by our script once it has
 * registered the formats and previews (CMS_MANUAL_INIT).
 */
export function editorPage(title: string, settings: EditorSettings): string {
  const json = JSON.stringify(settings).replaceAll('<', '\\u003c');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)}</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
<script type="application/json" id="trangxa-editor">${json}</script>
<script>window.CMS_MANUAL_INIT = true;</script>
</head>
<body>
<noscript><p>Trình soạn thảo cần JavaScript. Hãy bật JavaScript hoặc dùng trình duyệt khác (Chrome, Edge, Firefox, Cốc Cốc).</p></noscript>
<script src="decap-cms.js"></script>
<script src="trangxa-editor.js"></script>
</body>
</html>
`;
}
