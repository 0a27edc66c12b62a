import GithubSlugger from 'github-slugger';
import type { Element } from 'hast';
import type { HastPluginDefinition, HastPluginEntry } from 'satteri';

/**
 * The ids our page templates give their own elements (skip-link target, search box, footer,
 * filters, the lists of a home page). A heading of a content body written without accents,
 * "## Lien he" or "## Noi dung", would be slugged to the same id: a duplicate id is invalid
 * HTML, and the footer's `aria-labelledby="lien-he"` would then name it after the article's
 * heading. Add an id here when a template gets a new fixed one.
 */
export const PAGE_IDS: readonly string[] = [
  'cac-tuan-khac',
  'chuyen-muc',
  'cong-khai-dung-han',
  'da-ket-thuc',
  'dang-ap-dung',
  'dang-lay-y-kien',
  'dau-moi',
  'doc-them',
  'goi-y',
  'ket-qua',
  'lanh-dao',
  'lien-he',
  'loc-van-ban',
  'luu-tru',
  'noi-dung',
  'q-404',
  'q-header',
  'thong-bao',
  'tim-kiem-cac-xa',
  'tim-kiem-form',
  'thanh-vien-truoc',
  'tiep-cong-dan',
  'tin-moi',
  'trang-thai',
  'truy-cap-nhanh',
  'tu-khoa',
  'tu-khoa-cong',
  'tuan-nay',
  'van-ban-moi',
  'xem-them',
  'yeu-cau-thong-tin',
];

/**
 * Gives every heading of a body its id before Astro's heading-id step does (that step keeps an
 * id it finds), with the same slugs (github-slugger over the heading's text, in document order),
 * except that a slug taken by the page's own elements gets a suffix: "Lien he" → `lien-he-1`.
 * Accented headings, "Liên hệ" → `liên-hệ`, keep the id Astro gives them, so links to them hold.
 */
export const headingIds: HastPluginEntry = () => {
  const slugger = new GithubSlugger();
  for (const id of PAGE_IDS) slugger.slug(id);
  const plugin: HastPluginDefinition = {
    name: 'trangxa-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node: Readonly<Element>, ctx) {
        if (typeof node.properties['id'] === 'string') return;
        ctx.setProperty(node, 'id', slugger.slug(ctx.textContent(node)));
      },
    },
  };
  return plugin;
};
