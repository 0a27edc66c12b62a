import type { SearchRecord } from '../search/search-record.ts';

/**
 * A rendered page that belongs in its commune's search index, as a batch sends it to the build
 * command's process (batch-messages.ts) and that process hands it to its indexer (search-index.ts).
 */
export interface IndexedPage {
  commune: string;
  /** The page's path inside its commune's folder, without slashes at either end. */
  path: string;
  html: string;
  record: SearchRecord;
}

export type PageSink = (page: IndexedPage) => void;
