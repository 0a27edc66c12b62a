/**
 * Synthetic but realistic content for the benchmark: N communes × M news items, plus
 * documents, people and boards, with Vietnamese text, credits and royalty blocks.
 * Deterministic (a seeded generator), so two runs measure the same input.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const SENTENCES = [
  'Sáng nay, UBND xã tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội.',
  'Đồng chí Chủ tịch UBND xã đề nghị các thôn, buôn đẩy mạnh tuyên truyền đến từng hộ dân.',
  'Năm qua, thu nhập bình quân đầu người của xã đạt 52 triệu đồng, tăng 8% so với cùng kỳ.',
  'Người dân buôn Đức đã góp hơn 300 ngày công để bê tông hóa tuyến đường liên thôn.',
  'Trạm Y tế xã phối hợp tổ chức tiêm chủng vắc xin sởi cho trẻ em dưới 5 tuổi.',
  'Ban Chỉ huy Quân sự xã tổ chức huấn luyện dân quân tự vệ năm 2026.',
  'Lễ hội mừng lúa mới của đồng bào Ê Đê, Ba Na được tổ chức trang trọng tại nhà văn hóa.',
  'Công chức Tư pháp - Hộ tịch phổ biến Luật Đất đai sửa đổi cho bà con các thôn.',
  'Tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt ứng dụng định danh điện tử.',
  'Xã đặt mục tiêu giảm tỷ lệ hộ nghèo xuống dưới 4% vào cuối năm.',
  'Mô hình trồng mì kháng bệnh khảm lá cho năng suất 28 tấn/ha, cao hơn giống cũ.',
  'Đường điện chiếu sáng nông thôn được lắp đặt dọc tuyến tỉnh lộ qua trung tâm xã.',
];
const TITLES = [
  'Hội nghị triển khai nhiệm vụ',
  'Tiêm chủng mở rộng tại',
  'Ra quân làm đường giao thông ở',
  'Lễ hội mừng lúa mới buôn',
  'Tập huấn chuyển đổi số cho',
  'Phổ biến pháp luật tại thôn',
  'Đức Bình đón nhận bằng công nhận',
  'Đường vào buôn Đắk Lắk được bê tông hóa',
];
const PLACES = ['Sông Hinh', 'Đức Bình', 'Ea Bá', 'Ea Ly', 'Hai Riêng', 'Ea Trol', 'Sơn Giang', 'Ea Bia'];
const CATEGORIES = [
  'kinh-te',
  'van-hoa-xa-hoi',
  'quoc-phong-an-ninh',
  'nong-thon-moi',
  'chuyen-doi-so',
  'pho-bien-phap-luat',
];
const GENRES: [string, number, number][] = [
  ['tin', 0.5, 2],
  ['tin-kem-anh', 1, 2.5],
  ['bai-viet', 2, 5],
];

/** A small seeded generator (mulberry32): the same content every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  dir: string;
  communes: number;
  items: number;
  documents: number;
  /** A content folder whose `_shared/` is copied (the shipped sample). */
  sharedFrom: string;
  /**
   * Each document's attachment: a real two-page Vietnamese PDF (845 words, embedded font) made
   * different per document and per `pdfSalt` (a line after its end), so every file has its own
   * SHA-256 and a build reads them all; or (`docx`) the same bytes under a name the build does not
   * read, for a build without PDF text to compare with.
   */
  attachments?: 'pdf' | 'docx';
  pdfSalt?: string;
}

/** The fixture's 79/UBND: a real PDF as communes attach them. */
const SAMPLE_PDF = join(import.meta.dirname, '../fixtures/content/xa-mau/van-ban/2026/79-ubnd.pdf');

export async function generateContent(options: GenerateOptions): Promise<{ files: number }> {
  const rand = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  await cp(join(options.sharedFrom, '_shared'), join(options.dir, '_shared'), { recursive: true });
  let files = 0;
  const pdf = await readFile(SAMPLE_PDF);
  const extension = options.attachments ?? 'pdf';
  for (let c = 1; c <= options.communes; c++) {
    const slug = `xa-${String(c).padStart(4, '0')}`;
    const root = join(options.dir, slug);
    const place = `${pick(PLACES)} ${c}`;
    await mkdir(join(root, 'tin-tuc', '2026'), { recursive: true });
    await mkdir(join(root, 'van-ban', '2026'), { recursive: true });
    await writeFile(join(root, 'site.yaml'), siteYaml(slug, place));
    await writeFile(join(root, 'people.yaml'), PEOPLE);
    await writeFile(join(root, 'editorial-board.yaml'), BOARD);
    const writes: Promise<void>[] = [];
    for (let i = 1; i <= options.items; i++) {
      const [genre, min, max] = pick(GENRES);
      const coefficient = Math.round((min + rand() * (max - min)) * 4) / 4;
      const month = 1 + ((i * 7) % 11);
      const day = 1 + ((i * 13) % 28);
      const body = Array.from({ length: 4 + Math.floor(rand() * 4) }, () =>
        Array.from({ length: 3 }, () => pick(SENTENCES)).join(' '),
      ).join('\n\n');
      const twoCredits = rand() < 0.5;
      writes.push(
        writeFile(
          join(root, 'tin-tuc', '2026', `tin-${i}.md`),
          `---\ntitle: ${pick(TITLES)} ${place} số ${i}\ndate: 2026-${pad(month)}-${pad(day)}\nsummary: ${pick(SENTENCES)}\ncategory: ${pick(CATEGORIES)}\ncredits:\n  - person: nguyen-van-an\n    role: tac-gia\n${twoCredits ? '    share: 70\n  - person: le-van-binh\n    role: anh\n    share: 30\n' : ''}royalty:\n  genre: ${genre}\n  coefficient: ${coefficient}\n  approvedBy: tran-van-hung\n---\n## ${pick(TITLES)}\n\n${body}\n`,
        ),
      );
    }
    for (let d = 1; d <= options.documents; d++) {
      writes.push(
        writeFile(
          join(root, 'van-ban', '2026', `van-ban-${d}.md`),
          `---\nnumber: ${d}/QĐ-UBND\ntype: quyet-dinh\ntitle: Quyết định về việc ${pick(TITLES).toLowerCase()} ${place}\nissuer: UBND xã ${place}\nissued: 2026-${pad(1 + (d % 11))}-${pad(1 + (d % 27))}\nfile: ./van-ban-${d}.${extension}\n---\n${pick(SENTENCES)}\n`,
        ),
        writeFile(
          join(root, 'van-ban', '2026', `van-ban-${d}.${extension}`),
          Buffer.concat([pdf, Buffer.from(`%trangxa-bench ${options.pdfSalt ?? ''} ${slug} ${d}\n`)]),
        ),
      );
    }
    await Promise.all(writes);
    files += options.items + options.documents;
  }
  return { files };
}

const pad = (n: number) => String(n).padStart(2, '0');

const siteYaml = (slug: string, place: string) => `name: Xã ${place}
agency: Ủy ban nhân dân xã ${place}
parents: [Tỉnh Đắk Lắk]
url: https://${slug}.example.gov.vn/
responsible: { name: Trần Văn Hùng, title: Chủ tịch UBND xã }
address: Thôn 1, xã ${place}, tỉnh Đắk Lắk
phone: 0262 3800 000
email: ${slug}@example.gov.vn
infoContact: { name: Nguyễn Thị Lan, title: Công chức Văn phòng - Thống kê, phone: 0905 000 000 }
royaltyScheme: phu-yen-28-2021
`;

const PEOPLE = `- { id: tran-van-hung, name: Trần Văn Hùng, title: Chủ tịch UBND xã, staff: true }
- { id: nguyen-thi-lan, name: Nguyễn Thị Lan, title: Công chức Văn phòng - Thống kê, staff: true }
- { id: nguyen-van-an, name: Nguyễn Văn An, penName: Văn An, staff: true }
- { id: le-van-binh, name: Lê Văn Bình }
`;

const BOARD = `decision: { number: 45/QĐ-UBND, date: 2025-07-10, signer: Trần Văn Hùng }
members:
  - { person: tran-van-hung, role: truong-ban, duty: Phụ trách chung }
  - { person: nguyen-thi-lan, role: pho-truong-ban }
  - { person: nguyen-van-an, role: thanh-vien }
  - { person: le-van-binh, role: thu-ky }
`;
