/** Where the store keeps the bundled articles and the hash of the bundle seeded: plain constants, so the popup's opener script (db/early-open.ts) reads them without the feed schema. */

/** The source id of the articles shipped inside the extension. */
export const BUNDLED_SOURCE_ID = 'bundled';
/** Meta key of the content hash of the bundle last seeded. */
export const BUNDLE_HASH_KEY = 'bundle:hash';
