/** The figure ids a feed may mention, read from the catalogue and the store before a feed is checked. */
import { FIGURES } from '../../detect/catalogue';
import type { StoreDB } from '../db/schema';
import type { KnownFigures } from './validate';

/** Figure ids the store accepts: the built-in catalogue and the additions already stored. */
export async function knownFigureIds(db: StoreDB): Promise<KnownFigures> {
  return {
    catalogue: new Set(FIGURES.map((f) => f.id)),
    additions: new Set(await db.getAllKeys('figures')),
  };
}
