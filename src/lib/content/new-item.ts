import { vi } from '../../i18n/vi.ts';
import { DOCUMENT_TYPES } from '../schemas/document.ts';
import { asciiSlug } from './ascii-slug.ts';
import { SECTIONS, type Section } from '../sections/registry.ts';
import type { Commune } from './types.ts';

/** Where `npm run new` puts an item: `<section>/<year>/<slug>.md`, or `<section>/<slug>.md`. */
export function newItemPath(section: Section, title: string, today: string): string {
  const slug = asciiSlug(title);
  return SECTIONS[section].filedByYear ? `${section}/${today.slice(0, 4)}/${slug}.md` : `${section}/${slug}.md`;
}

/**
 * The frontmatter an editor starts from: the title, today's date, a draft, and comments in
 * Vietnamese that name the commune's board and people, so ids are copied rather than guessed.
 */
export function newItemTemplate(commune: Omit<Commune, 'items'>, section: Section, title: string, today: string): string {
  const names = new Map(commune.people.map((p) => [p.id, p.name]));
  const board = (commune.board?.members ?? []).map((m) => `#   ${m.person.padEnd(22)} ${names.get(m.person) ?? '?'} (${vi.boardRoles[m.role]})`);
  const people = commune.people
    .toSorted((a, b) => new Intl.Collator('vi').compare(a.name, b.name))
    .map((p) => `#   ${p.id.padEnd(22)} ${p.name}`);
  const approvers = (commune.board?.members ?? []).filter((m) => m.role === 'truong-ban' || m.role === 'pho-truong-ban');
  const author = commune.board?.members.find((m) => m.role === 'thu-ky' || m.role === 'thanh-vien')?.person ?? commune.people[0]?.id ?? 'ma-nguoi';
  const lines = [
    '---',
    `title: ${JSON.stringify(title.normalize('NFC'))}`,
    ...(section === 'van-ban'
      ? [
          'number: 00/UBND                 # số ký hiệu',
          `type: cong-van                  # một trong: ${DOCUMENT_TYPES.join(', ')}`,
          `issuer: ${JSON.stringify(commune.site.agency)}`,
          `issued: ${today}                # ngày ban hành (năm-tháng-ngày)`,
          'file: ./ten-tep.pdf             # tệp văn bản, đặt cạnh tệp này',
        ]
      : [`date: ${today}                  # ngày đăng (năm-tháng-ngày); ngày sau hôm nay: tự đăng vào ngày đó`]),
    '# summary: Một hai câu tóm tắt nội dung.',
    ...(section === 'tin-tuc' ? ['# image: ./anh.jpg              # ảnh đặt cạnh tệp này (tối đa 8 MB)', '# imageAlt: Mô tả ảnh cho người khiếm thị (bắt buộc khi có ảnh)'] : []),
    'draft: true                      # bản nháp: đổi thành false khi Ban biên tập đã duyệt',
    'credits:                         # người viết, chụp ảnh… (mã người trong people.yaml)',
    `  - person: ${author}`,
    '    role: tac-gia                # tac-gia | anh | dich | cung-cap-tin | suu-tam',
    '# royalty:                       # bỏ dấu # nếu bài có nhuận bút',
    '#   genre: tin                   # thể loại trong quy định nhuận bút của xã',
    '#   coefficient: 1               # hệ số, trong khung của thể loại',
    `#   approvedBy: ${approvers[0]?.person ?? 'ma-truong-ban'}   # Trưởng ban hoặc Phó trưởng ban đã duyệt`,
    '#',
    '# Ban biên tập:',
    ...(board.length ? board : ['#   (chưa có editorial-board.yaml)']),
    '# Mọi người trong people.yaml:',
    ...(people.length ? people : ['#   (chưa có ai trong people.yaml)']),
    '---',
    '',
    'Viết nội dung ở đây. Xuống dòng hai lần để sang đoạn mới; "## Tiêu đề nhỏ" để đặt tiêu đề mục.',
    '',
  ];
  return lines.join('\n');
}
