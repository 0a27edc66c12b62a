import { resolve } from 'node:path';
import { parseFlags } from '../cli/parse-flags.ts';
import { parseNow } from '../cli/parse-now.ts';

/** The flags of `npm run build` (and of `npm run dev`, which takes its --commune, --content, --now). */
export interface BuildArgs {
  contentDir: string;
  outDir: string;
  communes: string[];
  now: Date;
  shard?: { index: number; count: number };
  portalOnly: boolean;
  /** The most items one Astro process renders; larger builds run in batches (memory bound). */
  batchItems: number;
}

/**
 * What one run of `npm run build` does: its flags with the folders made absolute, and the
 * project's folder. The build command hands it, whole, to each batch it starts (build-batch.ts),
 * with the batch's communes in `communes`.
 */
export interface BuildOptions extends BuildArgs {
  /** The project's folder: Astro's root, and where the renderers' temporary folders go. */
  root: string;
}

export function buildOptions(args: BuildArgs, root: string): BuildOptions {
  return { ...args, contentDir: resolve(args.contentDir), outDir: resolve(args.outDir), root };
}

/**
 * About 1.3 GB of peak memory for the whole build on the benchmark's content: a batch's Astro
 * process needs about 700 MB whatever it renders, plus about 0.1 MB per item, and the build
 * command's process with the search indexer about 250 MB (see README, Scale).
 */
export const DEFAULT_BATCH_ITEMS = 3000;

/** Reads the build command's flags; throws a Vietnamese message for a bad one. */
export function parseBuildArgs(argv: readonly string[], clock = new Date()): BuildArgs {
  const { values } = parseFlags(argv, {
    commune: { type: 'string', multiple: true, default: [] },
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'dist' },
    now: { type: 'string' },
    shard: { type: 'string' },
    'portal-only': { type: 'boolean', default: false },
    'batch-items': { type: 'string' },
  });
  const args: BuildArgs = {
    contentDir: values.content,
    outDir: values.out,
    communes: values.commune
      .flatMap((c) => c.split(','))
      .map((c) => c.trim())
      .filter(Boolean),
    now: parseNow(values.now, clock),
    portalOnly: values['portal-only'],
    batchItems: DEFAULT_BATCH_ITEMS,
  };
  if (values['batch-items'] !== undefined) {
    const n = Number(values['batch-items']);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(
        `--batch-items "${values['batch-items']}" phải là một số nguyên dương, ví dụ --batch-items 5000.`,
      );
    args.batchItems = n;
  }
  if (values.shard !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(values.shard);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || count < 1 || index < 1 || index > count) {
      throw new Error(
        `--shard "${values.shard}" không hợp lệ. Viết dạng i/n với 1 ≤ i ≤ n, ví dụ --shard 2/4.`,
      );
    }
    args.shard = { index, count };
  }
  return args;
}
