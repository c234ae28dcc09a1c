/** How the panel writes a role and its years: "Special Representative for North Korea (2021–2023)". */
import type { Role } from '@/utils/detect/types';
import { t } from '@/utils/i18n';

/** "2021–2023", or "2021–now" for a role still held. */
export function roleYears(role: Pick<Role, 'start' | 'end'>): string {
  return `${role.start.slice(0, 4)}–${role.end ? role.end.slice(0, 4) : t('panel_role_now')}`;
}

/** "Title (2021–2023)", or the words for no role. */
export function roleWithYears(role: Role | undefined | null): string {
  return role ? `${role.title} (${roleYears(role)})` : t('panel_noRole_phrase');
}
