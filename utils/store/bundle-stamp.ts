/** The stamp of the bundle this build ships, baked in by the build (`wxt.config.ts`, `define`). */
import type { BundleStamp } from './db/manager';

// Replaced by the build; left undefined where nothing is built (unit tests, `wxt prepare`).
declare const __BUNDLE_STAMP__: BundleStamp | null | undefined;

/** The shipped bundle's content hash and article count; null when the build had no bundle to stamp. */
export const BUILT_BUNDLE_STAMP: BundleStamp | null =
  typeof __BUNDLE_STAMP__ === 'undefined' ? null : __BUNDLE_STAMP__;
