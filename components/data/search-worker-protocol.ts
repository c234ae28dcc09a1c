/**
 * Article search run in a dedicated worker, so neither a query nor the index behind it (loaded, built or rebuilt
 * after a sync) ever takes a page's thread: the page posts `search` with a rising id, hears `preparing` when that
 * query waits for the index, then `hits` or `failed`. The newest query of each caller (a search box, a results
 * view: the `caller` field) wins: a query that arrives while another runs replaces any of the same caller's that
 * was waiting (typing fast queues no work), and the page drops every answer but each caller's newest.
 * Both sides check what they receive and ignore anything else.
 */
import { needsIndex, search, type SearchHit } from '@/utils/store/queries/search';
import type { StoreDB } from '@/utils/store/db/schema';
import type { MessageEnd } from './sync-worker-protocol';

/** Page → worker. */
export type ToSearchWorker = {
  type: 'search';
  id: number;
  /** Who asked on the page; a newer query replaces only the same caller's older one. */
  caller: string;
  /** The IndexedDB name of the page's store (the worker opens the same one). */
  store: string;
  query: string;
  limit?: number;
};
/** Worker → page. */
export type FromSearchWorker =
  | { type: 'preparing'; id: number }
  | { type: 'hits'; id: number; hits: SearchHit[] }
  | { type: 'failed'; id: number; error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const isId = (value: unknown): value is number => Number.isSafeInteger(value);
const optionalString = (value: unknown) => value === undefined || typeof value === 'string';

function isRequest(value: unknown): value is ToSearchWorker {
  return (
    isRecord(value) &&
    value['type'] === 'search' &&
    isId(value['id']) &&
    typeof value['caller'] === 'string' &&
    value['caller'].length <= 40 &&
    typeof value['store'] === 'string' &&
    typeof value['query'] === 'string' &&
    (value['limit'] === undefined || isId(value['limit']))
  );
}

const strings = (value: Record<string, unknown>, keys: string[]) =>
  keys.every((key) => typeof value[key] === 'string');

function isSourceRef(value: unknown): boolean {
  return isRecord(value) && strings(value, ['outlet', 'title', 'date', 'url']);
}

/** Every field the pages render from a hit, with its type (a bad one would break a render, not just look odd). */
function isHit(value: unknown): value is SearchHit {
  return (
    isRecord(value) &&
    strings(value, ['key', 'id', 'sourceId', 'title', 'date', 'excerpt']) &&
    (value['kind'] === 'brief' || value['kind'] === 'article') &&
    ['url', 'lang', 'source', 'document', 'dateline', 'attribution'].every((key) =>
      optionalString(value[key]),
    ) &&
    (value['sources'] === undefined ||
      (Array.isArray(value['sources']) && value['sources'].every(isSourceRef))) &&
    Array.isArray(value['figures']) &&
    value['figures'].every((figure) => typeof figure === 'string') &&
    typeof value['score'] === 'number'
  );
}

/**
 * The worker's side: answer `search` requests from `end` over the store `openDb` opens by name, newest first. One
 * query runs at a time; of those that arrive meanwhile only the newest waits. A query of names only needs no index,
 * so it is answered at once even while an earlier query waits for the index to be built, and drops the waiting one.
 */
export function serveSearchRequests(
  end: MessageEnd,
  openDb: (name: string) => Promise<StoreDB>,
): void {
  let running = false;
  /** Per caller, its newest query that arrived while another ran (in order of arrival). */
  const waiting = new Map<string, ToSearchWorker>();
  const post = (message: FromSearchWorker) => end.postMessage(message);
  const answer = async (request: ToSearchWorker) => {
    const { id, store, query, limit } = request;
    try {
      const hits = await search(await openDb(store), query, {
        limit,
        onPreparing: () => post({ type: 'preparing', id }),
      });
      post({ type: 'hits', id, hits });
    } catch (error) {
      post({ type: 'failed', id, error: error instanceof Error ? error.message : String(error) });
    }
  };
  const run = async (request: ToSearchWorker) => {
    running = true;
    await answer(request);
    running = false;
    const next = waiting.values().next();
    if (!next.done) {
      waiting.delete(next.value.caller);
      void run(next.value);
    }
  };
  end.addEventListener('message', (event: MessageEvent) => {
    const data: unknown = event.data;
    if (!isRequest(data)) return;
    waiting.delete(data.caller);
    if (!running) void run(data);
    else if (needsIndex(data.query)) waiting.set(data.caller, data);
    else void answer(data);
  });
}

/**
 * Thrown to a caller whose query its own newer one replaced before it was answered (the caller has moved on
 * and ignores it: never shown).
 */
export class SupersededSearch extends Error {
  override name = 'AbortError';
  constructor() {
    super('A newer search replaced this one.');
  }
}

interface Pending {
  id: number;
  caller: string;
  query: string;
  limit: number | undefined;
  onPreparing: (() => void) | undefined;
  resolve: (hits: SearchHit[]) => void;
  reject: (error: unknown) => void;
}

/** The page's side of one worker: `search` sends a query, settling the caller's older one still waiting as superseded. */
export class SearchThrough {
  private nextId = 1;
  /** Per caller, its query still unanswered. */
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly end: MessageEnd,
    private readonly store: string,
  ) {
    end.addEventListener('message', (event: MessageEvent) => this.receive(event.data));
  }

  search(
    query: string,
    limit?: number,
    onPreparing?: () => void,
    caller = 'page',
  ): Promise<SearchHit[]> {
    this.pending.get(caller)?.reject(new SupersededSearch());
    const id = this.nextId++;
    return new Promise<SearchHit[]>((resolve, reject) => {
      this.pending.set(caller, { id, caller, query, limit, onPreparing, resolve, reject });
      this.end.postMessage({
        type: 'search',
        id,
        caller,
        store: this.store,
        query,
        limit,
      } satisfies ToSearchWorker);
    });
  }

  /** Hands the queries still waiting (if any) to `rerun`, e.g. the page's own search after its worker stopped. */
  takeOver(rerun: (query: string, limit: number | undefined) => Promise<SearchHit[]>): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) rerun(p.query, p.limit).then(p.resolve, p.reject);
  }

  private receive(data: unknown): void {
    if (!isRecord(data)) return;
    const pending = [...this.pending.values()].find((p) => p.id === data['id']);
    if (!pending) return;
    if (data['type'] === 'preparing') pending.onPreparing?.();
    else if (data['type'] === 'hits' && Array.isArray(data['hits']) && data['hits'].every(isHit)) {
      this.pending.delete(pending.caller);
      pending.resolve(data['hits']);
    } else if (data['type'] === 'failed' && typeof data['error'] === 'string') {
      this.pending.delete(pending.caller);
      pending.reject(new Error(data['error']));
    }
  }
}
