/** The bench page has no browser i18n: the popup speaks from the English catalogue, as in unit tests. */
import english from '../../public/_locales/en/messages.json';
import { setFallbackMessages } from '../../utils/i18n';

setFallbackMessages(english);
