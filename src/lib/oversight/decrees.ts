/**
 * The decrees on state agencies' websites, each with the days it was in force: the report cites
 * the one in force on its own date, never a repealed one. Dated data, not constants: a new
 * decree is one more entry here and one more key in the requirements' `bases`.
 * @see Nghị định 42/2022/NĐ-CP replaced Nghị định 43/2011/NĐ-CP from 15/8/2022
 * @see Nghị định 224/2026/NĐ-CP, Điều 90 khoản 2: repeals Nghị định 42/2022/NĐ-CP from 1/7/2026
 */
export type DecreeId = 'nd-43-2011' | 'nd-42-2022' | 'nd-224-2026';

export interface Decree {
  id: DecreeId;
  /** How it is cited: "Nghị định 42/2022/NĐ-CP". */
  name: string;
  /** What it is about, after the name in the method section. */
  subject: string;
  /** First day in force, `YYYY-MM-DD`; absent for the oldest (it covers any earlier day). */
  from?: string;
  /** Last day in force; absent while in force. */
  until?: string;
}

/** Oldest first; the days do not overlap and leave no gap (a unit test checks). */
export const DECREES: readonly Decree[] = [
  {
    id: 'nd-43-2011',
    name: 'Nghị định 43/2011/NĐ-CP',
    subject:
      'cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước',
    until: '2022-08-14',
  },
  {
    id: 'nd-42-2022',
    name: 'Nghị định 42/2022/NĐ-CP',
    subject: 'cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
    from: '2022-08-15',
    until: '2026-06-30',
  },
  {
    id: 'nd-224-2026',
    name: 'Nghị định 224/2026/NĐ-CP',
    subject:
      'quy định chi tiết Luật Chuyển đổi số về cổng thông tin điện tử, trang thông tin điện tử của cơ quan nhà nước',
    from: '2026-07-01',
  },
];

/** The decree in force on `day` (`YYYY-MM-DD`). */
export function decreeInForce(day: string, decrees: readonly Decree[] = DECREES): Decree {
  const found = decrees.find(
    (d) => (d.from === undefined || d.from <= day) && (d.until === undefined || day <= d.until),
  );
  if (!found) throw new Error(`Không có nghị định nào có hiệu lực ngày ${day}.`);
  return found;
}
