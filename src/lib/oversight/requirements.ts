/**
 * What a commune site must have, as dated data: each requirement with its points in the
 * completeness score, the action asked for when it is missing, and its legal basis under each
 * decree (decrees.ts). A requirement is in force on a day when the decree in force that day
 * gives it a basis: a rule that a later decree adds carries only that decree's key.
 * The points of the requirements in force add up to 100 under every decree (a unit test
 * checks), so the score reads as a percentage.
 * Bases are copied from the domain brief ("What a commune site must publish", "Editorial
 * board", presentation rules), cited at the level they were read (article, or clause).
 */
import type { Commune, Section } from '../content/types.ts';
import { isPublished } from '../content/to-item.ts';
import { membersOn } from '../royalty/in-force.ts';
import { budgetDues } from '../sections/budget-dues.ts';
import { vnDay } from '../vn-date.ts';
import { decreeInForce, DECREES, type Decree, type DecreeId } from './decrees.ts';

export type RequirementGroup = 'section' | 'board' | 'footer' | 'contact' | 'disclosure' | 'introduction';

export interface Requirement {
  id: string;
  group: RequirementGroup;
  /** Short name, as a table column header. */
  label: string;
  points: number;
  /** The legal basis under each decree, as it is cited to a commune; no key: not required then. */
  bases: Partial<Record<DecreeId, string>>;
  /** What the commune must do when the requirement is not met. */
  action: string;
  /** Met or not; `detail` replaces `action` when it says more ("mới có 2 thành viên"). */
  check(commune: Commune, now: Date): { ok: boolean; detail?: string };
}

/** A requirement as it stands on one day: the basis of the decree in force. */
export interface RequirementInForce extends Omit<Requirement, 'bases'> {
  basis: string;
}

const ACCESS = 'Luật Tiếp cận thông tin 2016, Điều 17';
/** The same basis text under every decree, for rules that are not in the decrees. */
const always = (basis: string): Partial<Record<DecreeId, string>> =>
  Object.fromEntries(DECREES.map((d) => [d.id, basis]));
/**
 * What a commune publishes, by decree.
 * @see Nghị định 43/2011/NĐ-CP, Điều 10; Nghị định 42/2022/NĐ-CP, Điều 4
 * @see Nghị định 224/2026/NĐ-CP, Điều 9 khoản 1 (what a UBND cấp xã publishes)
 */
const publish = (before?: string): Partial<Record<DecreeId, string>> => {
  const lead = before ? `${before}; ` : '';
  return {
    'nd-43-2011': `${lead}Nghị định 43/2011/NĐ-CP, Điều 10`,
    'nd-42-2022': `${lead}Nghị định 42/2022/NĐ-CP, Điều 4`,
    'nd-224-2026': `${lead}Nghị định 224/2026/NĐ-CP, Điều 9 khoản 1`,
  };
};
/** @see Thông tư 32/2017/TT-BTTTT, Điều 16-18 (footer: agency, person responsible, address, phone, email) */
const FOOTER = 'Thông tư 32/2017/TT-BTTTT, Điều 16-18; Thông tư 24/2011/TT-BTTTT';
/**
 * The board: NĐ 43/2011 Điều 21 names its head, deputies and members. NĐ 42/2022 and NĐ 224/2026
 * were not read for an article on the board (domain brief): the basis cites the decree and the
 * practice it rests on, without inventing an article number.
 * @see Công văn 79/UBND ngày 18/01/2022 of Sông Hinh district, point 2: strengthen (kiện toàn) every board
 */
const BOARD: Partial<Record<DecreeId, string>> = {
  'nd-43-2011': 'Nghị định 43/2011/NĐ-CP, Điều 21',
  'nd-42-2022':
    'Nghị định 42/2022/NĐ-CP (tổ chức biên tập, duyệt thông tin trước khi đăng); Quyết định thành lập Ban biên tập của Chủ tịch UBND xã',
  'nd-224-2026':
    'Nghị định 224/2026/NĐ-CP (tổ chức biên tập, duyệt thông tin trước khi đăng); Quyết định thành lập Ban biên tập của Chủ tịch UBND xã',
};

/** The smallest board the oversight body accepts: a head and at least two others. */
export const MIN_BOARD_MEMBERS = 3;

const hasPublished = (section: Section) => (commune: Commune, now: Date) => ({
  ok: commune.items.some((item) => item.section === section && isPublished(item, now)),
});

const sectionRule = (
  section: Section,
  label: string,
  bases: Partial<Record<DecreeId, string>>,
  action: string,
): Requirement => ({
  id: `muc-${section}`,
  group: 'section',
  label,
  points: 8,
  bases,
  action,
  check: hasPublished(section),
});

const filled = (value: string | undefined): boolean => value !== undefined && value.trim() !== '';

const footerRule = (
  id: string,
  label: string,
  value: (commune: Commune) => string | undefined,
): Requirement => ({
  id: `chan-trang-${id}`,
  group: 'footer',
  label,
  points: 2,
  bases: always(FOOTER),
  action: `Bổ sung ${label.toLowerCase()} ở chân trang (tệp thông tin chung của trang)`,
  check: (commune) => ({ ok: filled(value(commune)) }),
});

const published = (commune: Commune, now: Date) => commune.items.filter((item) => isPublished(item, now));
const hasDisclosure =
  (...kinds: string[]) =>
  (commune: Commune, now: Date) => ({
    ok: published(commune, now).some(
      (item) => item.section === 'cong-khai' && kinds.includes(item.data.kind),
    ),
  });
const hasIntro = (kind: string) => (commune: Commune, now: Date) => ({
  ok: published(commune, now).some((item) => item.section === 'gioi-thieu' && item.data.kind === kind),
});

/**
 * What Luật Tiếp cận thông tin requires every state body to publish, in force from 1/7/2018
 * (under NĐ 43/2011 from then on too: the law does not depend on the decree). A report dated
 * before 1/7/2018 would count these as well; no commune site of this tool is that old.
 * @see Luật Tiếp cận thông tin 2016, Điều 19 khoản 1; Điều 37 (hiệu lực từ 01/7/2018)
 */
const law19 = (point: string): Partial<Record<DecreeId, string>> =>
  always(`Luật Tiếp cận thông tin 2016, Điều 19 khoản 1 điểm ${point}`);
/** What NĐ 224/2026 adds for a UBND cấp xã, from 1/7/2026 only. */
const nd224 = (where: string): Partial<Record<DecreeId, string>> => ({
  'nd-224-2026': `Nghị định 224/2026/NĐ-CP, ${where}`,
});

const LAW_POINTS = 4;
const ND224_POINTS = 3;

/**
 * The disclosures and pages of issue #19: Luật TCTT Điều 19 (all dates) and NĐ 224/2026
 * Điều 9-10 (from 1/7/2026). Their points add to the total the score is a share of.
 */
const LAW_REQUIREMENTS: readonly Requirement[] = [
  {
    id: 'ke-hoach-cong-tac',
    group: 'disclosure',
    label: 'Chương trình, kế hoạch công tác',
    points: LAW_POINTS,
    bases: law19('c'),
    action: 'Đăng chương trình, kế hoạch công tác năm ở mục Công khai',
    check: hasDisclosure('ke-hoach-cong-tac'),
  },
  {
    id: 'dau-tu-mua-sam',
    group: 'disclosure',
    label: 'Đầu tư công, mua sắm công',
    points: LAW_POINTS,
    bases: law19('d'),
    action: 'Đăng danh mục dự án đầu tư công hoặc kết quả mua sắm công ở mục Công khai',
    check: hasDisclosure('dau-tu-cong', 'mua-sam-cong'),
  },
  {
    id: 'ngan-sach-dung-han',
    group: 'disclosure',
    label: 'Công khai ngân sách đúng hạn',
    points: LAW_POINTS,
    bases: always(
      'Luật Tiếp cận thông tin 2016, Điều 19 khoản 1 điểm e; Luật Ngân sách nhà nước 2015, Điều 15',
    ),
    action: 'Đăng công khai ngân sách đã đến hạn',
    check: (commune, now) => {
      const disclosures = published(commune, now).filter((item) => item.section === 'cong-khai');
      const missing = budgetDues(disclosures, vnDay(now)).filter((due) => !due.item);
      if (missing.length === 0) return { ok: true };
      const names = { estimate: 'dự toán năm', execution: 'thực hiện', accounts: 'quyết toán năm' };
      const list = missing.map(
        (due) =>
          `${names[due.kind]} ${due.quarter ? `quý ${due.quarter}/` : ''}${due.year} (hạn ${due.due.split('-').reverse().join('/')})`,
      );
      return { ok: false, detail: `Chưa công khai ngân sách: ${list.join('; ')}` };
    },
  },
  {
    id: 'danh-muc-thong-tin',
    group: 'disclosure',
    label: 'Danh mục thông tin phải công khai',
    points: LAW_POINTS,
    bases: law19('g'),
    action:
      'Đăng danh mục thông tin phải công khai, ghi rõ nơi, cách thức và thời điểm công khai, ở mục Công khai',
    check: hasDisclosure('danh-muc-thong-tin'),
  },
  {
    id: 'yeu-cau-thong-tin',
    group: 'contact',
    label: 'Mẫu phiếu yêu cầu cung cấp thông tin',
    points: LAW_POINTS,
    bases: always('Luật Tiếp cận thông tin 2016, Điều 24; Nghị định 13/2018/NĐ-CP, Mẫu số 01a'),
    action: 'Đăng trang hướng dẫn yêu cầu cung cấp thông tin, có mẫu phiếu để tải về',
    check: hasIntro('yeu-cau-thong-tin'),
  },
  {
    id: 'tiep-cong-dan',
    group: 'contact',
    label: 'Lịch tiếp công dân',
    points: LAW_POINTS,
    bases: always('Luật Tiếp công dân 2013'),
    action: 'Đăng lịch tiếp công dân: ngày, giờ, địa điểm, người tiếp',
    check: hasIntro('tiep-cong-dan'),
  },
  {
    id: 'nghi-quyet-hdnd',
    group: 'disclosure',
    label: 'Nghị quyết HĐND xã',
    points: LAW_POINTS,
    bases: always('Luật Tiếp cận thông tin 2016, Điều 17 khoản 1 điểm a'),
    action: 'Đăng nghị quyết của HĐND xã vào mục Văn bản',
    check: (commune, now) => ({
      ok: published(commune, now).some(
        (item) =>
          item.section === 'van-ban' &&
          item.data.type === 'nghi-quyet' &&
          /HĐND|Hội đồng nhân dân/i.test(item.data.issuer),
      ),
    }),
  },
  /**
   * The map is asked of a commune from 1/7/2026 only. NĐ 43/2011 Điều 10 and NĐ 42/2022 Điều 4
   * (read in summaries, domain brief) list the organisation, functions, leaders and contacts,
   * not a map; NĐ 224/2026 Điều 9 khoản 1 names the administrative boundary map for a UBND cấp xã.
   * The page's schema requires the image and its text alternative; check warns about a map page
   * without its text description (content/intro-check.ts).
   * @see Nghị định 224/2026/NĐ-CP, Điều 9 khoản 1
   */
  {
    id: 'ban-do-hanh-chinh',
    group: 'introduction',
    label: 'Bản đồ địa giới hành chính',
    points: ND224_POINTS,
    bases: nd224('Điều 9 khoản 1'),
    action: 'Đăng bản đồ địa giới hành chính kèm mô tả ở mục Giới thiệu',
    check: hasIntro('ban-do'),
  },
  {
    id: 'dieu-kien-tu-nhien',
    group: 'introduction',
    label: 'Điều kiện tự nhiên',
    points: ND224_POINTS,
    bases: nd224('Điều 9 khoản 1'),
    action: 'Đăng trang điều kiện tự nhiên ở mục Giới thiệu',
    check: hasIntro('dieu-kien-tu-nhien'),
  },
  {
    id: 'lich-su-van-hoa',
    group: 'introduction',
    label: 'Lịch sử, văn hóa',
    points: ND224_POINTS,
    bases: nd224('Điều 9 khoản 1'),
    action: 'Đăng trang lịch sử, văn hóa ở mục Giới thiệu',
    check: hasIntro('lich-su'),
  },
  {
    id: 'di-tich-danh-thang',
    group: 'introduction',
    label: 'Di tích, danh thắng',
    points: ND224_POINTS,
    bases: nd224('Điều 9 khoản 1'),
    action: 'Đăng trang di tích, danh lam thắng cảnh ở mục Giới thiệu',
    check: hasIntro('di-tich-danh-thang'),
  },
  {
    id: 'tieu-su-lanh-dao',
    group: 'introduction',
    label: 'Tiểu sử tóm tắt lãnh đạo',
    points: ND224_POINTS,
    bases: nd224('Điều 9 khoản 1'),
    action: 'Đăng tiểu sử tóm tắt và nhiệm vụ của lãnh đạo ở mục Giới thiệu',
    check: hasIntro('lanh-dao'),
  },
  {
    id: 'cam-ket-chat-luong',
    group: 'introduction',
    label: 'Cam kết chất lượng dịch vụ',
    points: ND224_POINTS,
    bases: nd224('Điều 9 khoản 1; Luật Chuyển đổi số 2025, Điều 34 khoản 2'),
    action: 'Đăng cam kết chất lượng dịch vụ và chỉ tiêu chất lượng ở mục Giới thiệu',
    check: hasIntro('cam-ket-chat-luong'),
  },
  {
    id: 'danh-gia-hai-long',
    group: 'contact',
    label: 'Đánh giá mức độ hài lòng trực tuyến',
    points: ND224_POINTS,
    bases: nd224('Điều 10 khoản 3'),
    action:
      'Thêm liên kết đánh giá mức độ hài lòng: biểu mẫu đánh giá của tỉnh hoặc thư điện tử nhận đánh giá, trong thông tin chung của trang',
    check: (commune) => ({
      ok: commune.site.feedback?.url !== undefined || commune.site.feedback?.email !== undefined,
    }),
  },
];

export const REQUIREMENTS: readonly Requirement[] = [
  sectionRule(
    'gioi-thieu',
    'Giới thiệu',
    publish(),
    'Đăng mục Giới thiệu: tổ chức bộ máy, chức năng nhiệm vụ, lãnh đạo, lịch sử, bản đồ hành chính',
  ),
  sectionRule('tin-tuc', 'Tin tức', publish(), 'Đăng tin tức - sự kiện của xã'),
  sectionRule(
    'lich-cong-tac',
    'Lịch công tác',
    publish(),
    'Đăng lịch công tác của lãnh đạo (mục Chỉ đạo điều hành)',
  ),
  sectionRule(
    'van-ban',
    'Văn bản',
    publish(ACCESS),
    'Đăng văn bản chỉ đạo điều hành, văn bản quy phạm pháp luật của xã',
  ),
  sectionRule(
    'thu-tuc',
    'Thủ tục hành chính',
    publish(),
    'Đăng thủ tục hành chính, liên kết Cổng dịch vụ công',
  ),
  sectionRule(
    'cong-khai',
    'Công khai',
    publish(ACCESS),
    'Đăng công khai ngân sách (dự toán, thực hiện, quyết toán), đóng góp của Nhân dân',
  ),
  sectionRule(
    'lay-y-kien',
    'Lấy ý kiến',
    publish(ACCESS),
    'Đăng dự thảo lấy ý kiến Nhân dân, có thời hạn và nơi nhận góp ý',
  ),
  {
    id: 'ban-bien-tap-quyet-dinh',
    group: 'board',
    label: 'Quyết định kiện toàn Ban biên tập',
    points: 8,
    bases: BOARD,
    action: 'Chưa có Quyết định kiện toàn Ban biên tập',
    check: (commune) => ({
      ok: filled(commune.board?.decision.number) && commune.board?.decision.date !== undefined,
    }),
  },
  {
    id: 'ban-bien-tap-truong-ban',
    group: 'board',
    label: 'Trưởng Ban biên tập',
    points: 8,
    bases: BOARD,
    action: 'Ban biên tập chưa có Trưởng ban',
    // The head in office on the report's day: one whose `until` has passed no longer counts.
    check: (commune, now) => ({
      ok: membersOn(commune.board, vnDay(now)).some((member) => member.role === 'truong-ban'),
    }),
  },
  {
    id: 'ban-bien-tap-thanh-vien',
    group: 'board',
    label: `Ít nhất ${MIN_BOARD_MEMBERS} thành viên`,
    points: 8,
    bases: BOARD,
    action: `Ban biên tập cần ít nhất ${MIN_BOARD_MEMBERS} thành viên`,
    check: (commune, now) => {
      const members = new Set(membersOn(commune.board, vnDay(now)).map((member) => member.person)).size;
      if (members >= MIN_BOARD_MEMBERS) return { ok: true };
      if (members === 0) return { ok: false };
      return {
        ok: false,
        detail: `Ban biên tập mới có ${members} thành viên, cần ít nhất ${MIN_BOARD_MEMBERS}`,
      };
    },
  },
  footerRule('co-quan', 'Tên cơ quan chủ quản', (c) => c.site.agency),
  footerRule('nguoi-chiu-trach-nhiem', 'Người chịu trách nhiệm', (c) => c.site.responsible?.name),
  footerRule('dia-chi', 'Địa chỉ', (c) => c.site.address),
  footerRule('dien-thoai', 'Số điện thoại', (c) => c.site.phone),
  footerRule('email', 'Thư điện tử', (c) => c.site.email),
  {
    id: 'dau-moi',
    group: 'contact',
    label: 'Đầu mối cung cấp thông tin',
    points: 10,
    bases: publish('Luật Tiếp cận thông tin 2016, Điều 17-19'),
    action: 'Chưa có đầu mối cung cấp thông tin (họ tên và số điện thoại hoặc thư điện tử) ở mục Liên hệ',
    check: (commune) => {
      const contact = commune.site.infoContact;
      return { ok: filled(contact?.name) && (filled(contact?.phone) || filled(contact?.email)) };
    },
  },
  ...LAW_REQUIREMENTS,
];

/** The requirements in force on `day` (`YYYY-MM-DD`), each with its basis under the decree in force. */
export function requirementsInForce(
  day: string,
  requirements: readonly Requirement[] = REQUIREMENTS,
): { decree: Decree; requirements: RequirementInForce[] } {
  const decree = decreeInForce(day);
  return {
    decree,
    requirements: requirements.flatMap(({ bases, ...rest }) => {
      const basis = bases[decree.id];
      return basis === undefined ? [] : [{ ...rest, basis }];
    }),
  };
}
