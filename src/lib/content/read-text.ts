import { lstat, readFile } from 'node:fs/promises';
import { problem, type Problem } from '../problems.ts';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * An editor's file as text, or the problem that makes it unreadable: bytes that are not UTF-8
 * (a file saved as Windows-1258 or TCVN3, or not text at all) would be published as "�", and a
 * NUL byte (a binary file, a broken copy) silently dropped. The message gives the line, never
 * the bytes. A byte-order mark is allowed.
 */
export function readText(bytes: Uint8Array, file: string): string | Problem {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const good = validPrefix(bytes);
    return problem(file, 'Tệp không phải văn bản UTF-8 (có thể được lưu bằng bảng mã cũ như TCVN3, VNI, Windows-1258), nên chữ tiếng Việt sẽ hiện sai.', {
      line: UTF8.decode(bytes.subarray(0, good)).split('\n').length,
      fix: 'Mở tệp bằng trình soạn thảo (Notepad, VS Code) và lưu lại với bảng mã "UTF-8"; kiểm tra lại các chữ có dấu ở dòng được chỉ ra.',
    });
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    return problem(file, 'Tệp có ký tự rỗng (NUL), thường là dấu hiệu tệp nhị phân hoặc bị hỏng khi sao chép.', {
      line: text.slice(0, nul).split('\n').length,
      fix: 'Mở tệp, xóa ký tự lạ ở dòng được chỉ ra rồi lưu lại; nếu đây là tệp đính kèm, đổi đuôi cho đúng loại tệp.',
    });
  }
  return text;
}

/** How many bytes from the start decode as UTF-8 (to place the first bad one on its line). */
function validPrefix(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest prefix that decodes, give or take a cut multi-byte character (3 bytes at most).
  while (high - low > 4) {
    const mid = (low + high) >> 1;
    try {
      UTF8.decode(bytes.subarray(0, mid));
      low = mid;
    } catch {
      high = mid;
    }
  }
  return low;
}

/**
 * An editor's file by its path, as text: undefined when it does not exist, a problem when it is
 * a symbolic link (never followed: it could point to private data), not a plain file, or not
 * readable text.
 */
export async function readEditorFile(path: string, file: string): Promise<string | Problem | undefined> {
  const stat = await lstat(path).catch(() => undefined);
  if (!stat) return undefined;
  if (stat.isSymbolicLink()) {
    return problem(file, `"${file}" là một liên kết (symlink), không phải tệp thật, nên không được đọc.`, { fix: 'Thay liên kết bằng chính tệp (chép tệp thật vào đây).' });
  }
  if (!stat.isFile()) return problem(file, `"${file}" không phải một tệp.`, { fix: 'Xóa mục này và tạo lại tệp.' });
  return readText(await readFile(path), file);
}
