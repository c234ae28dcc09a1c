/**
 * The store reads of a figure view framed in a web page (the card's in-page drawer): such a frame
 * gets no first-party storage, so its StoreClient asks here, and the background answers from
 * the same client the extension pages use on their own.
 */
import { createLocalStoreClient } from '@/components/data/store-client';
import type { StoreRead } from '@/utils/protocol';

let client: ReturnType<typeof createLocalStoreClient> | undefined;

/** Answers one read with what the StoreClient call of the same name answers. */
export function readStore(read: StoreRead): Promise<unknown> {
  client ??= createLocalStoreClient();
  switch (read.call) {
    case 'figureInfo':
      return client.figureInfo(read.id);
    case 'figureLabels':
      return client.figureLabels(read.ids);
    case 'figureFirstPage':
      return client.figureFirstPage(read.id);
    case 'coMentioned':
      return client.coMentioned(read.id, read.limit);
    case 'coverage':
      return client.coverage(read.id, read.period);
    case 'search':
      return client.search(read.query, read.limit);
  }
}
