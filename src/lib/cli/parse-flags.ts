import { parseArgs, type ParseArgsConfig, type ParseArgsOptionsConfig } from 'node:util';
import { closest } from '../closest.ts';

/**
 * Every command reads its flags here: Node's `parseArgs`, strict, with its English errors said
 * in Vietnamese (the flag, what is wrong, the closest real flag). Commands then check values.
 */
export function parseFlags<const O extends ParseArgsOptionsConfig, const P extends boolean = false>(
  argv: readonly string[],
  options: O,
  allowPositionals?: P,
) {
  const config = {
    args: [...argv],
    options,
    allowPositionals: (allowPositionals ?? false) as P,
    strict: true,
  } satisfies ParseArgsConfig;
  try {
    return parseArgs(config);
  } catch (error) {
    throw new Error(flagMessage(error as Error & { code?: string }, Object.keys(options)), { cause: error });
  }
}

function flagMessage(error: Error & { code?: string }, names: string[]): string {
  const flag = /'(--?[^' ]+)/.exec(error.message)?.[1] ?? '';
  const known = names.map((name) => `--${name}`).join(', ');
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const near = closest(flag.replace(/^-+/, ''), names, 2);
      return `Không có tham số ${flag}.${near.length ? ` Có phải --${near[0]}?` : ''} Các tham số: ${known}.`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return / argument missing/.test(error.message)
        ? `Tham số ${flag} cần một giá trị ngay sau nó, ví dụ ${flag} <giá trị>.`
        : `Tham số ${flag} không nhận giá trị: chỉ viết ${flag}.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Không hiểu "${/'([^']*)'/.exec(error.message)?.[1] ?? ''}": mỗi giá trị đi sau tên tham số của nó (${known}).`;
    default:
      return `Tham số không hợp lệ: ${error.message}`;
  }
}
