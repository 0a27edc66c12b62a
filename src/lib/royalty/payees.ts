/**
 * Private payment details from `private/<commune>/payees.yaml`: bank account, tax code, ID
 * number. They go into the payment lists under `reports/` only: never into `dist/`, never into git.
 * @see content-format.md "Layout" (private/ is never read by the site build)
 */
import { z } from 'astro/zod';
import { parseYaml } from '../content/read-yaml.ts';
import { zodProblems } from '../content/zod-problems.ts';
import { problem, type Problem } from '../problems.ts';
import { id } from '../schemas/common.ts';

/**
 * Account numbers and codes must be text: YAML reads `0123456789` as the number 123456789 and
 * the leading zero is lost.
 */
const digits = (what: string) =>
  z
    .string({ error: `${what} phải đặt trong dấu nháy, ví dụ "0123456789", để không mất số 0 ở đầu.` })
    .transform((value) => value.trim())
    .pipe(z.string().min(1, { error: `${what} không được để trống.` }));

export const payeeSchema = z.strictObject(
  {
    person: id().describe('Mã người trong people.yaml'),
    bankAccount: digits('Số tài khoản').exactOptional().describe('Số tài khoản ngân hàng'),
    bankName: z
      .string()
      .transform((value) => value.normalize('NFC').trim())
      .exactOptional()
      .describe('Ngân hàng, chi nhánh'),
    taxCode: digits('Mã số thuế').exactOptional().describe('Mã số thuế cá nhân'),
    idNumber: digits('Số CCCD').exactOptional().describe('Số căn cước công dân'),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Trường không được hỗ trợ: ${issue.keys.join(', ')}. Chỉ dùng: person, bankAccount, bankName, taxCode, idNumber.`
        : undefined,
  },
);

export const payeesSchema = z.array(payeeSchema, {
  error:
    'payees.yaml phải là một danh sách, mỗi mục dạng "- person: nguyen-van-an" với bankAccount, bankName, taxCode, idNumber.',
});

export type PayeeDetails = z.output<typeof payeeSchema>;

/** Parses payees.yaml; `known` are the commune's people ids, to catch typos. */
export function parsePayees(
  source: string,
  file: string,
  known: ReadonlySet<string>,
): { payees: Map<string, PayeeDetails>; problems: Problem[] } {
  const parsed = parseYaml(source, file);
  if (parsed.problems.length > 0) return { payees: new Map(), problems: parsed.problems };
  const result = payeesSchema.safeParse(parsed.value ?? []);
  if (!result.success)
    return { payees: new Map(), problems: zodProblems(result.error, file, parsed.lineOf, parsed.value) };
  const problems: Problem[] = [];
  const payees = new Map<string, PayeeDetails>();
  result.data.forEach((payee, index) => {
    if (!known.has(payee.person)) {
      problems.push(
        problem(file, `Người "${payee.person}" không có trong people.yaml của xã.`, {
          field: `${index}.person`,
          line: parsed.lineOf([index, 'person']),
          fix: 'Sửa mã người cho đúng với people.yaml.',
        }),
      );
    }
    if (payees.has(payee.person)) {
      problems.push(
        problem(file, `Người "${payee.person}" được khai báo hai lần.`, {
          field: `${index}.person`,
          line: parsed.lineOf([index, 'person']),
          fix: 'Giữ một mục cho mỗi người.',
        }),
      );
    }
    payees.set(payee.person, payee);
  });
  return { payees, problems };
}
