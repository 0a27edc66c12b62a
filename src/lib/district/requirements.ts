/**
 * What a commune site must have, as data: each requirement with its legal basis, its points in
 * the completeness score and the action the district asks for when it is missing.
 * The points add up to 100 (checked by a unit test), so the score reads as a percentage.
 * Legal bases are copied from the domain brief ("What a commune site must publish",
 * "Editorial board", presentation rules); the bases are cited at article level, as read.
 */
import type { Commune, Section } from '../content/types.ts';
import { isPublished } from '../content/to-item.ts';

export type RequirementGroup = 'section' | 'board' | 'footer' | 'contact';

export interface Requirement {
  id: string;
  group: RequirementGroup;
  /** Short name, as a table column header. */
  label: string;
  points: number;
  /** The legal basis, as it is cited to a commune. */
  basis: string;
  /** What the commune must do when the requirement is not met. */
  action: string;
  /** Met or not; `detail` replaces `action` when it says more ("mới có 2 thành viên"). */
  check(commune: Commune, now: Date): { ok: boolean; detail?: string };
}

/** @see Luật Tiếp cận thông tin 2016, Điều 17-19; Nghị định 43/2011/NĐ-CP, Điều 10; Nghị định 42/2022/NĐ-CP, Điều 4 */
const PUBLISH = 'Nghị định 43/2011/NĐ-CP, Điều 10; Nghị định 42/2022/NĐ-CP, Điều 4';
const ACCESS = 'Luật Tiếp cận thông tin 2016, Điều 17';
/** @see Thông tư 32/2017/TT-BTTTT, Điều 16-18 (footer: agency, person responsible, address, phone, email) */
const FOOTER = 'Thông tư 32/2017/TT-BTTTT, Điều 16-18; Thông tư 24/2011/TT-BTTTT';
/**
 * @see Nghị định 43/2011/NĐ-CP, Điều 21 (Trưởng ban, Phó trưởng ban, thành viên)
 * @see Công văn 79/UBND ngày 18/01/2022 of Sông Hinh district, point 2: strengthen (kiện toàn) every board
 */
const BOARD = 'Nghị định 43/2011/NĐ-CP, Điều 21';

/** The smallest board the district accepts: a head and at least two others. */
export const MIN_BOARD_MEMBERS = 3;

const hasPublished = (section: Section) => (commune: Commune, now: Date) => ({
  ok: commune.items.some((item) => item.section === section && isPublished(item, now)),
});

const sectionRule = (section: Section, label: string, basis: string, action: string): Requirement => ({
  id: `muc-${section}`, group: 'section', label, points: 8, basis, action, check: hasPublished(section),
});

const filled = (value: string | undefined): boolean => value !== undefined && value.trim() !== '';

const footerRule = (id: string, label: string, value: (commune: Commune) => string | undefined): Requirement => ({
  id: `chan-trang-${id}`, group: 'footer', label, points: 2, basis: FOOTER,
  action: `Bổ sung ${label.toLowerCase()} ở chân trang (site.yaml)`,
  check: (commune) => ({ ok: filled(value(commune)) }),
});

export const REQUIREMENTS: readonly Requirement[] = [
  sectionRule('gioi-thieu', 'Giới thiệu', PUBLISH, 'Đăng mục Giới thiệu: tổ chức bộ máy, chức năng nhiệm vụ, lãnh đạo, lịch sử, bản đồ hành chính'),
  sectionRule('tin-tuc', 'Tin tức', PUBLISH, 'Đăng tin tức - sự kiện của xã'),
  sectionRule('lich-cong-tac', 'Lịch công tác', PUBLISH, 'Đăng lịch công tác của lãnh đạo (mục Chỉ đạo điều hành)'),
  sectionRule('van-ban', 'Văn bản', `${ACCESS}; ${PUBLISH}`, 'Đăng văn bản chỉ đạo điều hành, văn bản quy phạm pháp luật của xã'),
  sectionRule('thu-tuc', 'Thủ tục hành chính', PUBLISH, 'Đăng thủ tục hành chính, liên kết Cổng dịch vụ công'),
  sectionRule('cong-khai', 'Công khai', `${ACCESS}; ${PUBLISH}`, 'Đăng công khai ngân sách (dự toán, thực hiện, quyết toán), đóng góp của Nhân dân'),
  sectionRule('lay-y-kien', 'Lấy ý kiến', `${ACCESS}; ${PUBLISH}`, 'Đăng dự thảo lấy ý kiến Nhân dân, có thời hạn và nơi nhận góp ý'),
  {
    id: 'ban-bien-tap-quyet-dinh', group: 'board', label: 'Quyết định kiện toàn Ban biên tập', points: 8, basis: BOARD,
    action: 'Chưa có Quyết định kiện toàn Ban biên tập',
    check: (commune) => ({ ok: filled(commune.board?.decision.number) && commune.board?.decision.date !== undefined }),
  },
  {
    id: 'ban-bien-tap-truong-ban', group: 'board', label: 'Trưởng Ban biên tập', points: 8, basis: BOARD,
    action: 'Ban biên tập chưa có Trưởng ban',
    check: (commune) => ({ ok: commune.board?.members.some((member) => member.role === 'truong-ban') ?? false }),
  },
  {
    id: 'ban-bien-tap-thanh-vien', group: 'board', label: `Ít nhất ${MIN_BOARD_MEMBERS} thành viên`, points: 8, basis: BOARD,
    action: `Ban biên tập cần ít nhất ${MIN_BOARD_MEMBERS} thành viên`,
    check: (commune) => {
      const members = new Set(commune.board?.members.map((member) => member.person)).size;
      if (members >= MIN_BOARD_MEMBERS) return { ok: true };
      if (members === 0) return { ok: false };
      return { ok: false, detail: `Ban biên tập mới có ${members} thành viên, cần ít nhất ${MIN_BOARD_MEMBERS}` };
    },
  },
  footerRule('co-quan', 'Tên cơ quan chủ quản', (c) => c.site.agency),
  footerRule('nguoi-chiu-trach-nhiem', 'Người chịu trách nhiệm', (c) => c.site.responsible?.name),
  footerRule('dia-chi', 'Địa chỉ', (c) => c.site.address),
  footerRule('dien-thoai', 'Số điện thoại', (c) => c.site.phone),
  footerRule('email', 'Thư điện tử', (c) => c.site.email),
  {
    id: 'dau-moi', group: 'contact', label: 'Đầu mối cung cấp thông tin', points: 10,
    basis: 'Luật Tiếp cận thông tin 2016, Điều 17-19; Nghị định 42/2022/NĐ-CP, Điều 4',
    action: 'Chưa có đầu mối cung cấp thông tin (họ tên và số điện thoại hoặc thư điện tử) ở mục Liên hệ',
    check: (commune) => {
      const contact = commune.site.infoContact;
      return { ok: filled(contact?.name) && (filled(contact?.phone) || filled(contact?.email)) };
    },
  },
];
