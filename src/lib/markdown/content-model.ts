/**
 * The HTML nesting rules an editor most often breaks by hand, as a small table: not a full
 * validator, only the cases seen in pasted or hand-written HTML. Each rule answers "may an
 * element `child` stand directly inside `parent`?" (`parent` is undefined at the top of a body).
 * Covered: what a list (`ul`, `ol`) may hold, `li` outside a list, a block inside a paragraph or
 * a heading, a block inside an inline element (`<span><div>`), and the structure of a table
 * (`table` → `thead`/`tbody`/`tfoot`/`tr` → `td`/`th`).
 * @see https://html.spec.whatwg.org/multipage/dom.html#content-models
 */
export interface NestingProblem {
  message: string;
  fix: string;
}

/** Elements that start a block (flow content that is not phrasing content). */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
  'dd',
  'dt',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'tfoot',
  'caption',
]);

/** Elements whose content is phrasing only (`a`, `ins`, `del` are transparent and not listed). */
const PHRASING_ONLY = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'span',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'small',
  'sub',
  'sup',
  'code',
  'abbr',
  'cite',
  'q',
  'mark',
  'kbd',
  'label',
  'dfn',
  'var',
  'samp',
  'time',
]);
const LISTS = new Set(['ul', 'ol', 'menu']);
const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot']);
const TABLE_CHILDREN = new Set(['caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'tr']);
const TABLE_PARTS = new Set(['caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);

const TABLE_FIX =
  'Viết bảng đủ cấu trúc: <table><tr><th>Tiêu đề</th></tr><tr><td>Ô</td></tr></table>, hoặc dùng bảng Markdown (| Cột 1 | Cột 2 |).';

/** The first rule `child` inside `parent` breaks, with what to write instead. */
export function nestingProblem(parent: string | undefined, child: string): NestingProblem | undefined {
  const inside = parent === undefined ? 'ngoài cùng của bài' : `trong <${parent}>`;
  if (parent !== undefined && LISTS.has(parent) && child !== 'li') {
    return {
      message: `Thẻ <${child}> nằm trực tiếp trong danh sách <${parent}>: danh sách chỉ được chứa <li>, trình đọc màn hình sẽ đọc sai danh sách.`,
      fix: `Đặt nội dung vào trong <li>…</li> (mỗi mục một <li>), hoặc dùng danh sách Markdown ("- mục").`,
    };
  }
  if (child === 'li' && (parent === undefined || !LISTS.has(parent))) {
    return {
      message: `Thẻ <li> (mục danh sách) nằm ${inside}, không ở trong danh sách <ul> hay <ol>.`,
      fix: 'Bọc các mục trong <ul>…</ul> (hoặc <ol>…</ol> nếu có thứ tự), hoặc dùng danh sách Markdown ("- mục").',
    };
  }
  if (parent === 'table' && !TABLE_CHILDREN.has(child)) {
    return { message: `Thẻ <${child}> nằm trực tiếp trong <table>: bảng thiếu hàng <tr>.`, fix: TABLE_FIX };
  }
  if (parent !== undefined && ROW_GROUPS.has(parent) && child !== 'tr') {
    return {
      message: `Thẻ <${child}> nằm trực tiếp trong <${parent}>: ở đây chỉ được có hàng <tr>.`,
      fix: TABLE_FIX,
    };
  }
  if (parent === 'tr' && child !== 'td' && child !== 'th') {
    return {
      message: `Thẻ <${child}> nằm trực tiếp trong hàng <tr>: hàng chỉ được chứa ô <td> hoặc <th>.`,
      fix: TABLE_FIX,
    };
  }
  if (TABLE_PARTS.has(child) && child !== 'caption' && child !== 'colgroup') {
    const expected =
      child === 'tr'
        ? ['table', 'thead', 'tbody', 'tfoot']
        : child === 'td' || child === 'th'
          ? ['tr']
          : ['table'];
    if (parent === undefined || !expected.includes(parent)) {
      return { message: `Thẻ <${child}> nằm ${inside}, không ở trong bảng đúng cấu trúc.`, fix: TABLE_FIX };
    }
  }
  if (parent !== undefined && PHRASING_ONLY.has(parent) && BLOCK.has(child)) {
    const paragraph = parent === 'p';
    return {
      message: paragraph
        ? `Thẻ <${child}> nằm trong đoạn văn <p>: trình duyệt tự cắt đoạn văn ra, trang sai cấu trúc và có thể hiện khác ý người viết.`
        : `Thẻ khối <${child}> nằm trong thẻ chữ <${parent}>: <${parent}> chỉ được chứa chữ và thẻ chữ (<strong>, <em>, <a>…).`,
      fix: paragraph
        ? `Đóng đoạn văn trước: viết </p> trước <${child}>, hoặc bỏ thẻ <p> bao ngoài.`
        : `Đặt <${child}> ra ngoài <${parent}>, hoặc đổi <${child}> thành <span>.`,
    };
  }
  return undefined;
}

/**
 * A start tag that the HTML parser reads as closing the open element first (`<li>a<li>b`,
 * `<td>a<td>b`): allowed shorthand, never a nesting problem.
 */
export function closesOpen(open: string, child: string): boolean {
  if (child === 'li') return open === 'li';
  if (child === 'td' || child === 'th') return open === 'td' || open === 'th';
  if (child === 'tr') return open === 'tr' || open === 'td' || open === 'th';
  if (child === 'dt' || child === 'dd') return open === 'dt' || open === 'dd';
  return false;
}

/** Elements that never have an end tag. */
export const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
