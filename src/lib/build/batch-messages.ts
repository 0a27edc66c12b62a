import { indexedElement } from '../search/search-record.ts';
import type { IndexedPage, PageSink } from './indexed-page.ts';
import type { BuildOptions } from './parse-build-args.ts';

/**
 * What the build command sends a batch process it starts, as its first message: the build's
 * options with the batch's communes, and the stage the batch writes into (staged-output.ts).
 */
export interface BatchRequest {
  options: BuildOptions;
  stage: string;
}

/** What a batch process (`build-batch.ts`) tells the build command's process, in order. */
export type BatchMessage =
  /** Listening: the build command sends its `BatchRequest`. */
  | { kind: 'ready' }
  /** Rendered pages for the search index, cut to their indexed element. */
  | { kind: 'pages'; pages: IndexedPage[] }
  /** The communes this batch built and packaged: their indexes can be written. */
  | { kind: 'built'; communes: string[] };

/**
 * Pages go to the build command in bundles: each message costs the rendering thread about as
 * much as copying a page, so fewer messages leave it more time to render.
 */
const PAGES_PER_MESSAGE = 50;

export interface ParentChannel {
  /** For each page to index (render-communes.ts): cuts each page to what is indexed and sends it with the next bundle. */
  sink: PageSink;
  /** Sends the pages still waiting, then the communes built; resolves once all is sent. */
  built(communes: readonly string[]): Promise<void>;
}

/** The batch side of the channel, over `send` (`process.send` of a child started with IPC). */
export function parentChannel(
  send: (message: BatchMessage, done: (error: Error | null) => void) => void,
): ParentChannel {
  let waiting: IndexedPage[] = [];
  // Messages arrive in the order sent; a failure is reported by built(), not as it happens.
  const sending: Promise<void>[] = [];
  const post = (message: BatchMessage) => {
    const sent = new Promise<void>((resolve, reject) =>
      send(message, (error) => (error ? reject(error) : resolve())),
    );
    sent.catch(() => undefined);
    return sent;
  };
  const flush = () => {
    if (waiting.length) sending.push(post({ kind: 'pages', pages: waiting }));
    waiting = [];
  };
  return {
    sink(page) {
      waiting.push({ ...page, html: indexedElement(page.html) });
      if (waiting.length >= PAGES_PER_MESSAGE) flush();
    },
    async built(communes) {
      flush();
      sending.push(post({ kind: 'built', communes: [...communes] }));
      await Promise.all(sending.splice(0));
    },
  };
}
