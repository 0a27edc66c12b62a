import { workerData } from 'node:worker_threads';
import type { Commune } from '../content/types.ts';
import { indexCommunes } from './search-index.ts';

/** One worker of `indexCommunesInParallel`: indexes its share of the communes. */
const { communes, outDir, now } = workerData as { communes: Commune[]; outDir: string; now: Date };
await indexCommunes(communes, outDir, now);
