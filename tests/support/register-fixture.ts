import { copyFile, cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ROOT, TEST_OUT } from './build-site.ts';

/**
 * Documents added to a copy of the fixture for the register's filters: each differs from the
 * two that match "Quyết định, 2025, UBND xã Mẫu, Đất đai" in exactly one facet, so a filter
 * that is ignored shows one document too many.
 */
export const REGISTER_DOCUMENTS = [
  {
    file: '2025/20-qd-ubnd.md',
    number: '20/QĐ-UBND',
    type: 'quyet-dinh',
    issued: '2025-07-14',
    issuer: 'UBND xã Mẫu',
    field: 'Đất đai',
    title: 'Quyết định thu hồi đất làm đường thôn Hai',
  },
  {
    file: '2025/12-qd-ubnd.md',
    number: '12/QĐ-UBND',
    type: 'quyet-dinh',
    issued: '2025-03-05',
    issuer: 'UBND xã Mẫu',
    field: 'Đất đai',
    title: 'Quyết định giao đất ở cho hộ gia đình',
  },
  {
    file: '2025/30-qd-ubnd.md',
    number: '30/QĐ-UBND',
    type: 'quyet-dinh',
    issued: '2025-09-01',
    issuer: 'UBND xã Mẫu',
    field: 'Y tế',
    title: 'Quyết định thành lập tổ tiêm chủng',
  },
  {
    file: '2024/05-qd-ubnd.md',
    number: '05/QĐ-UBND',
    type: 'quyet-dinh',
    issued: '2024-04-02',
    issuer: 'UBND xã Mẫu',
    field: 'Đất đai',
    title: 'Quyết định phê duyệt kế hoạch sử dụng đất năm 2024',
  },
  {
    file: '2025/08-qd-ubnd.md',
    number: '08/QĐ-UBND',
    type: 'quyet-dinh',
    issued: '2025-05-20',
    issuer: 'UBND huyện Sông Hinh',
    field: 'Đất đai',
    title: 'Quyết định điều chỉnh bảng giá đất',
  },
  {
    file: '2025/15-kh-ubnd.md',
    number: '15/KH-UBND',
    type: 'ke-hoach',
    issued: '2025-06-01',
    issuer: 'UBND xã Mẫu',
    field: 'Đất đai',
    title: 'Kế hoạch kiểm kê đất đai năm 2025',
  },
] as const;

/** The fixture content with REGISTER_DOCUMENTS in `xa-mau/van-ban/`; returns its folder. */
export async function registerFixture(): Promise<string> {
  const content = join(TEST_OUT, 'register-content');
  await rm(content, { recursive: true, force: true });
  await cp(join(ROOT, 'tests/fixtures/content'), content, { recursive: true });
  for (const d of REGISTER_DOCUMENTS) {
    const path = join(content, 'xa-mau/van-ban', d.file);
    const pdf = path.replace(/\.md$/, '.pdf');
    await mkdir(join(path, '..'), { recursive: true });
    // Every document has its file; any PDF will do.
    await copyFile(join(content, 'xa-mau/van-ban/2026/79-ubnd.pdf'), pdf);
    await writeFile(
      path,
      `---\nnumber: ${d.number}\ntype: ${d.type}\ntitle: ${d.title}\nissuer: ${d.issuer}\nissued: ${d.issued}\nfield: ${d.field}\nfile: ./${basename(pdf)}\n---\n${d.title}.\n`,
    );
  }
  return content;
}
