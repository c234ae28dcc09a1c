/**
 * The popup's first script (a classic one, before its modules): starts opening the article store
 * while the popup's own code is still loading; openStore takes the connection over
 * (utils/store/db/early-open.ts).
 */
import { openStoreEarly } from '@/utils/store/db/early-open';

export default defineUnlistedScript(() => openStoreEarly());
