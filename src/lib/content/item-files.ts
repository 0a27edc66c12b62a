import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { closest } from '../closest.ts';
import { problem, type Problem } from '../problems.ts';
import { reservedPathProblem } from './reserved-paths.ts';
import { isSection, SECTION_FOLDERS, type Section } from '../sections/registry.ts';

/** A Markdown file of a commune: its section folder and its path below it. */
export interface ItemFile {
  section: Section;
  rel: string;
}

/** What a commune folder holds: its items, and what is wrong with the folder itself. */
export interface CommuneFiles {
  items: ItemFile[];
  problems: Problem[];
}

/** The files a commune folder may hold beside its section folders. */
const COMMUNE_FILES = new Set(['site.yaml', 'people.yaml', 'editorial-board.yaml']);

/**
 * Extensions of Markdown that the build does not read: an item saved as `.MD` or `.markdown`
 * would be left out without a word, so it is an error.
 */
const OTHER_MARKDOWN = /\.(md|mdx|markdown|mdown|mkdn?|mkd)$/i;
const ITEM = /\.mdx?$/;

const SYMLINK_FIX = 'Thay liên kết bằng chính tệp (chép tệp thật vào đây). Trang không bao giờ đọc tệp qua liên kết, vì liên kết có thể trỏ tới dữ liệu riêng (private/) hay tệp hệ thống.';

/**
 * Walks a commune folder once: every section's Markdown files, in the order they are read and
 * reported, and every entry that would be ignored or is unsafe. No link is ever followed: a
 * symbolic link anywhere is an error, whatever it points to. Only folder listings: the build
 * counts each commune's items with it without loading the schemas.
 */
export function scanCommune(contentDir: string, slug: string): CommuneFiles {
  const items: ItemFile[] = [];
  const problems: Problem[] = [];
  const at = (rel: string) => `${slug}/${rel}`;
  const refuseOddEntry = (entry: Dirent, rel: string): boolean => {
    if (entry.isSymbolicLink()) {
      problems.push(problem(at(rel), `"${rel}" là một liên kết (symlink), không phải tệp hay thư mục thật.`, { fix: SYMLINK_FIX }));
      return true;
    }
    if (!entry.isFile() && !entry.isDirectory()) {
      problems.push(problem(at(rel), `"${rel}" không phải tệp thường (thiết bị, ống dẫn hay socket).`, { fix: 'Xóa mục này khỏi thư mục nội dung.' }));
      return true;
    }
    return false;
  };
  for (const entry of list(join(contentDir, slug))) {
    if (entry.name.startsWith('.') || refuseOddEntry(entry, entry.name)) continue;
    if (entry.isFile()) continue;
    if (isSection(entry.name)) {
      const section = entry.name;
      walkSection(join(contentDir, slug, section), '', (entry, rel) => {
        if (refuseOddEntry(entry, `${section}/${rel}`)) return false;
        if (entry.isDirectory()) return true;
        if (ITEM.test(entry.name)) {
          const reserved = reservedPathProblem(at(`${section}/${rel}`), section, rel.replace(ITEM, ''));
          if (reserved) problems.push(reserved);
          else items.push({ section, rel });
        } else if (OTHER_MARKDOWN.test(entry.name)) {
          const fixed = entry.name.replace(OTHER_MARKDOWN, '.md');
          problems.push(problem(at(`${section}/${rel}`), `Tệp "${entry.name}" có đuôi mà trang không đọc, nên bài này sẽ không được đăng.`, { fix: `Đổi tên thành "${fixed}" (đuôi .md viết thường; .mdx cho bài dùng thành phần đặc biệt).` }));
        }
        return false;
      });
    } else if (!entry.name.startsWith('_')) {
      const near = closest(entry.name, SECTION_FOLDERS, 1);
      problems.push(
        problem(at(entry.name), `Thư mục "${entry.name}" không phải một mục của trang, nên mọi bài trong đó sẽ bị bỏ qua.${near.length ? ` Có phải ý bạn là "${near[0]}"?` : ''}`, {
          fix: near.length ? `Đổi tên thư mục thành "${near[0]}".` : `Các mục: ${SECTION_FOLDERS.join(', ')}. Thư mục không dùng cho trang thì đặt tên bắt đầu bằng "_".`,
        }),
      );
    }
  }
  for (const entry of list(join(contentDir, slug))) {
    if (entry.isFile() && !entry.name.startsWith('.') && !COMMUNE_FILES.has(entry.name) && OTHER_MARKDOWN.test(entry.name)) {
      problems.push(problem(at(entry.name), `Bài "${entry.name}" nằm ngoài các mục nên sẽ không được đăng.`, { fix: `Chuyển tệp vào một mục: ${SECTION_FOLDERS.join(', ')}.` }));
    }
  }
  items.sort((a, b) => SECTION_FOLDERS.indexOf(a.section) - SECTION_FOLDERS.indexOf(b.section) || (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { items, problems };
}

/** Every section's Markdown files of a commune, in the order they are read and reported. */
export const listItemFiles = (contentDir: string, slug: string): ItemFile[] => scanCommune(contentDir, slug).items;

/** How many Markdown items a commune folder holds, without reading them. */
export const countItems = (contentDir: string, slug: string): number => listItemFiles(contentDir, slug).length;

function list(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/**
 * Walks a folder one level at a time (`readdirSync` with `recursive: true` took 10 times as
 * long: 120 ms for 10,000 files); `visit` says whether to go into a folder.
 */
function walkSection(dir: string, prefix: string, visit: (entry: Dirent, rel: string) => boolean): void {
  for (const entry of list(dir)) {
    if (entry.name.startsWith('.')) continue;
    const rel = prefix + entry.name;
    if (visit(entry, rel)) walkSection(join(dir, entry.name), `${rel}/`, visit);
  }
}

/** A folder or file name that is part of a page's address: lowercase ASCII, hyphens between words. */
export const ASCII_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The path of an item file's page below the commune: its section and name without extension. */
export const itemPath = ({ section, rel }: ItemFile): string => `${section}/${rel.replace(ITEM, '')}`;
