import { vi } from '../../i18n/vi.ts';
import type { INTRO_KINDS } from '../schemas/intro.ts';
import type { UNIT_KINDS } from '../schemas/site.ts';

/**
 * The editor's words for every content field, in Vietnamese: a label and, where the schema's own
 * description is in English or says too little for a board member, a hint. Keyed by the field's
 * name, or by `parent.name` where one name means two things (`source.name`, `decision.date`).
 * A field of a schema that is missing here fails tests/unit/cms/editor-config.test.ts.
 */
export const FIELD_LABELS: Record<string, { label: string; hint?: string }> = {
  title: { label: 'Tiêu đề' },
  summary: { label: 'Tóm tắt', hint: 'Một hai câu, hiện trong danh sách tin và khi chia sẻ.' },
  draft: {
    label: 'Bản nháp',
    hint: 'Bật: chưa đăng lên trang, kể cả khi đã xuất bản trong trình soạn thảo.',
  },
  credits: {
    label: 'Người thực hiện',
    hint: 'Tác giả, người chụp ảnh, người dịch…; dùng cho dòng tác giả và nhuận bút.',
  },
  person: { label: 'Người', hint: 'Chọn trong danh sách Người (people.yaml).' },
  role: { label: 'Vai trò' },
  share: { label: 'Tỷ lệ (%)', hint: 'Phần trăm nhuận bút của tin bài; các tỷ lệ cộng lại bằng 100.' },
  onDuty: {
    label: 'Trong nhiệm vụ được giao',
    hint: 'Bật khi tác phẩm làm trong nhiệm vụ được giao (hưởng tỷ lệ giảm).',
  },
  royalty: { label: 'Nhuận bút', hint: 'Để trống nếu tin bài không hưởng nhuận bút.' },
  genre: { label: 'Thể loại', hint: 'Theo quy định nhuận bút đang áp dụng của xã.' },
  coefficient: { label: 'Hệ số', hint: 'Trong khoảng của thể loại, ví dụ 1.5.' },
  bonuses: {
    label: 'Khoản cộng thêm',
    hint: 'Mã các khoản cộng thêm của quy định nhuận bút, ví dụ tieng-dan-toc.',
  },
  approvedBy: {
    label: 'Người duyệt',
    hint: 'Trưởng ban hoặc phó trưởng ban, không phải tác giả của tin bài.',
  },
  date: {
    label: 'Ngày đăng',
    hint: 'Ngày theo giờ Việt Nam. Ngày trong tương lai: tin bài tự đăng vào ngày đó.',
  },
  category: {
    label: 'Chuyên mục',
    hint: `Mã chuyên mục viết thường không dấu: ${Object.keys(vi.categories).join(', ')}.`,
  },
  image: { label: 'Ảnh', hint: 'Ảnh được lưu cạnh tệp tin bài.' },
  imageAlt: { label: 'Mô tả ảnh', hint: 'Bắt buộc khi có ảnh: mô tả ngắn cho người khiếm thị.' },
  imageCaption: { label: 'Chú thích ảnh', hint: 'Hiện dưới ảnh: nội dung, địa điểm, người chụp.' },
  source: { label: 'Nguồn', hint: 'Chỉ điền khi đăng lại tin bài của nơi khác.' },
  'source.name': { label: 'Tên nguồn', hint: 'Ví dụ: Báo Đắk Lắk.' },
  'source.url': { label: 'Địa chỉ bài gốc', hint: 'Bắt đầu bằng https://' },
  number: { label: 'Số ký hiệu', hint: 'Ví dụ: 79/UBND.' },
  type: { label: 'Loại văn bản' },
  issuer: { label: 'Cơ quan ban hành' },
  issued: { label: 'Ngày ban hành' },
  effective: { label: 'Ngày có hiệu lực' },
  expires: { label: 'Ngày hết hiệu lực' },
  published: { label: 'Ngày đăng lên trang', hint: 'Để trống: dùng ngày ban hành.' },
  signer: { label: 'Người ký' },
  field: { label: 'Lĩnh vực' },
  file: { label: 'Tệp đính kèm', hint: 'Tệp được lưu cạnh tệp tin bài (PDF, DOCX…).' },
  code: {
    label: 'Mã thủ tục',
    hint: 'Mã trên Cơ sở dữ liệu quốc gia về thủ tục hành chính, ví dụ 1.000894.',
  },
  processingTime: { label: 'Thời hạn giải quyết' },
  fee: { label: 'Phí, lệ phí', hint: 'Ghi như văn bản quy định, ví dụ "Miễn lệ phí".' },
  papers: { label: 'Thành phần hồ sơ', hint: 'Mỗi giấy tờ một dòng.' },
  submitAt: { label: 'Nơi nộp hồ sơ' },
  portalUrl: { label: 'Địa chỉ trên Cổng dịch vụ công', hint: 'Ví dụ https://dichvucong.gov.vn/…' },
  order: { label: 'Thứ tự', hint: 'Thứ tự trong mục Giới thiệu (số nhỏ đứng trước).' },
  kind: { label: 'Loại' },
  week: { label: 'Tuần', hint: 'Tuần theo ISO, ví dụ 2026-W48.' },
  opens: { label: 'Ngày bắt đầu lấy ý kiến' },
  closes: { label: 'Ngày kết thúc lấy ý kiến', hint: 'Hết ngày này (giờ Việt Nam).' },
  sendTo: { label: 'Nơi và cách gửi ý kiến' },
  result: { label: 'Kết quả tiếp thu', hint: 'Sau khi kết thúc: tóm tắt ý kiến nhận được và việc tiếp thu.' },
  year: { label: 'Năm ngân sách' },
  endDate: {
    label: 'Ngày hết hiệu lực thông báo',
    hint: 'Sau ngày này thông báo rời trang chủ, vẫn còn trong lưu trữ.',
  },
  // site.yaml
  name: { label: 'Tên đơn vị', hint: 'Ví dụ: Xã Ea Trol.' },
  agency: { label: 'Cơ quan chủ quản', hint: 'Hiện ở đầu và cuối mỗi trang.' },
  parents: { label: 'Đơn vị cấp trên', hint: 'Ghi như muốn hiển thị, mỗi đơn vị một dòng.' },
  url: { label: 'Địa chỉ trang', hint: 'Địa chỉ công khai đầy đủ, ví dụ https://eatrol.daklak.gov.vn/' },
  description: { label: 'Mô tả trang' },
  responsible: { label: 'Người chịu trách nhiệm' },
  'responsible.name': { label: 'Họ và tên' },
  'responsible.title': { label: 'Chức vụ' },
  address: { label: 'Địa chỉ' },
  phone: { label: 'Điện thoại' },
  email: { label: 'Thư điện tử' },
  infoContact: { label: 'Đầu mối cung cấp thông tin' },
  spokesperson: { label: 'Người phát ngôn' },
  'infoContact.name': { label: 'Họ và tên' },
  'infoContact.title': { label: 'Chức vụ' },
  'spokesperson.name': { label: 'Họ và tên' },
  'spokesperson.title': { label: 'Chức vụ' },
  royaltyScheme: {
    label: 'Quy định nhuận bút',
    hint: 'Mã quy định (tên tệp trong _shared/royalty-schemes, không có .yaml).',
  },
  scheme: { label: 'Mã quy định', hint: 'Tên tệp trong _shared/royalty-schemes, không có .yaml.' },
  'royaltyScheme.from': { label: 'Áp dụng từ ngày' },
  dissolved: {
    label: 'Đã sáp nhập',
    hint: 'Chỉ điền khi đơn vị đã sáp nhập vào đơn vị khác: trang trở thành lưu trữ.',
  },
  'dissolved.date': { label: 'Ngày thôi tồn tại', hint: 'Ngày nghị quyết có hiệu lực.' },
  into: {
    label: 'Sáp nhập vào (mã xã)',
    hint: 'Mã (tên thư mục) của đơn vị kế thừa, nếu cùng kho nội dung.',
  },
  intoName: { label: 'Tên đơn vị kế thừa', hint: 'Khi đơn vị kế thừa không ở trong kho nội dung này.' },
  intoUrl: { label: 'Trang của đơn vị kế thừa', hint: 'Bắt đầu bằng https://' },
  basis: { label: 'Căn cứ pháp lý', hint: 'Ví dụ: Nghị quyết 1660/NQ-UBTVQH15, Điều 1 khoản 77.' },
  formed: { label: 'Thành lập do sáp nhập', hint: 'Chỉ điền với đơn vị mới hình thành từ sáp nhập.' },
  'formed.date': { label: 'Ngày thành lập' },
  'site.code': { label: 'Mã đơn vị hành chính', hint: 'Gồm 5 chữ số, ví dụ 22207.' },
  'site.kind': { label: 'Loại đơn vị' },
  logo: { label: 'Biểu trưng', hint: 'Hiện ở đầu trang thay cho biểu tượng chung (TT 32/2017 Điều 16).' },
  'logo.file': {
    label: 'Tệp biểu trưng',
    hint: 'SVG hoặc PNG đặt cạnh site.yaml, tối đa 50 KB; PNG cao ít nhất 128 px.',
  },
  period: {
    label: 'Kỳ công khai',
    hint: 'Với công khai ngân sách: cả năm, quý, 6 hoặc 9 tháng; bắt buộc với tình hình thực hiện.',
  },
  feedback: {
    label: 'Đánh giá mức độ hài lòng',
    hint: 'Mỗi trang có liên kết đánh giá (NĐ 224/2026 Điều 10 khoản 3): biểu mẫu của tỉnh hoặc Cổng quốc gia, hoặc thư điện tử.',
  },
  'feedback.url': {
    label: 'Địa chỉ biểu mẫu đánh giá',
    hint: 'Biểu mẫu đánh giá của tỉnh hoặc Cổng Dịch vụ công quốc gia (https://…).',
  },
  'feedback.email': {
    label: 'Thư điện tử nhận đánh giá',
    hint: 'Dùng khi không có biểu mẫu: người đọc gửi thư đã điền sẵn trang và thang đánh giá.',
  },
  alt: { label: 'Mô tả biểu trưng', hint: 'Ví dụ: Biểu trưng Ủy ban nhân dân xã Sông Hinh.' },
  banner: {
    label: 'Thông báo đầu trang',
    hint: 'Ví dụ: báo trước lịch tạm ngừng trang 7 ngày làm việc (NĐ 224/2026 Điều 13).',
  },
  text: { label: 'Nội dung' },
  from: { label: 'Từ ngày' },
  until: { label: 'Đến ngày' },
  english: {
    label: 'Trang tiếng Anh',
    hint: 'Cơ cấu tổ chức, chức năng và liên hệ bằng tiếng Anh (NĐ 42/2022 Điều 7).',
  },
  'english.name': { label: 'Tên đơn vị bằng tiếng Anh' },
  functions: { label: 'Chức năng, nhiệm vụ (tiếng Anh)' },
  structure: { label: 'Cơ cấu tổ chức (tiếng Anh)' },
  // people.yaml
  id: {
    label: 'Mã',
    hint: 'Viết thường không dấu, nối bằng gạch ngang, ví dụ nguyen-van-an. Không đổi sau khi đã dùng.',
  },
  'people.name': { label: 'Họ và tên' },
  penName: { label: 'Bút danh', hint: 'Nếu có, hiện ở dòng tác giả thay cho họ tên.' },
  'people.title': { label: 'Chức vụ' },
  unit: { label: 'Đơn vị' },
  staff: { label: 'Cán bộ, công chức', hint: 'Bật với cán bộ, công chức của cơ quan.' },
  bio: { label: 'Tiểu sử tóm tắt', hint: 'Với lãnh đạo: tiểu sử ngắn, công khai.' },
  // editorial-board.yaml
  decision: { label: 'Quyết định thành lập' },
  'decision.number': { label: 'Số quyết định', hint: 'Ví dụ: 45/QĐ-UBND.' },
  'decision.date': { label: 'Ngày ký' },
  'decision.signer': { label: 'Người ký' },
  'editorial-board.effective': { label: 'Ngày bắt đầu nhiệm kỳ', hint: 'Để trống: ngày ký quyết định.' },
  'editorial-board.until': {
    label: 'Ngày kết thúc nhiệm kỳ',
    hint: 'Chỉ điền khi Ban biên tập đã kết thúc.',
  },
  'earlier.until': { label: 'Ngày kết thúc nhiệm kỳ' },
  'members.from': { label: 'Bắt đầu từ ngày', hint: 'Để trống: từ đầu nhiệm kỳ.' },
  'members.until': { label: 'Đến ngày', hint: 'Để trống: đến hết nhiệm kỳ.' },
  earlier: { label: 'Các Ban biên tập trước', hint: 'Mỗi Ban biên tập trước có ngày kết thúc nhiệm kỳ.' },
  members: { label: 'Thành viên' },
  duty: { label: 'Nhiệm vụ' },
  // redirects.yaml
  'redirects.from': { label: 'Địa chỉ cũ', hint: 'Đường dẫn cũ của trang này, ví dụ /tin-tuc/ra-mat.html' },
  to: { label: 'Trang mới', hint: 'Đường dẫn trong trang xã, ví dụ tin-tuc/2026/ra-mat-xa-moi' },
};

/** Which fields are long text (a text area) rather than one line. */
export const LONG_TEXT = new Set([
  'summary',
  'result',
  'bio',
  'functions',
  'structure',
  'sendTo',
  'text',
  'description',
]);

const INTRO_KIND_LABELS = {
  'tong-quan': 'Tổng quan',
  'dieu-kien-tu-nhien': 'Điều kiện tự nhiên',
  'lich-su': 'Lịch sử, văn hóa',
  'di-tich-danh-thang': 'Di tích, danh thắng',
  'to-chuc': 'Cơ cấu tổ chức',
  'lanh-dao': 'Lãnh đạo, tiểu sử tóm tắt',
  'ban-do': 'Bản đồ hành chính',
  'cam-ket-chat-luong': 'Cam kết chất lượng dịch vụ',
  'tiep-cong-dan': 'Lịch tiếp công dân',
  'yeu-cau-thong-tin': 'Yêu cầu cung cấp thông tin (mẫu phiếu)',
  khac: 'Khác',
} satisfies Record<(typeof INTRO_KINDS)[number], string>;

const UNIT_KIND_LABELS = {
  xa: 'Xã',
  phuong: 'Phường',
  'thi-tran': 'Thị trấn',
  'dac-khu': 'Đặc khu',
} satisfies Record<(typeof UNIT_KINDS)[number], string>;

/** Labels of enumerated codes, found by the set of codes an enumeration allows. */
const ENUM_LABELS: readonly Record<string, string>[] = [
  vi.creditRoles,
  vi.boardRoles,
  vi.documentTypes,
  vi.disclosureKinds,
  vi.budgetPeriods,
  INTRO_KIND_LABELS,
  UNIT_KIND_LABELS,
];

/** The Vietnamese label of each code of an enumeration, or undefined for an unknown enumeration. */
export function enumLabels(options: readonly string[]): Record<string, string> | undefined {
  return ENUM_LABELS.find(
    (labels) => options.length === Object.keys(labels).length && options.every((o) => o in labels),
  );
}

/** The label and hint for a field, most specific key first: `people.name`, `source.name`, `name`. */
export function fieldLabel(keys: readonly string[]): { label: string; hint?: string } | undefined {
  for (const key of keys) if (FIELD_LABELS[key]) return FIELD_LABELS[key];
  return undefined;
}
