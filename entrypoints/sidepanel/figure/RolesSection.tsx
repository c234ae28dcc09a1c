/** The figure's roles as a timeline and a list (its text equivalent) with the reporting each rests on. */
import { SourceLinks } from '@/components/SourceLinks';
import { formatDate, t } from '@/utils/i18n';
import { roleYears } from './role-text';
import { RoleTimeline } from './RoleTimeline';
import type { SectionProps } from './sections';

export function RolesSection({ figure }: SectionProps) {
  return (
    <section aria-labelledby="roles-heading">
      <h2 id="roles-heading">{t('panel_roles_heading')}</h2>
      {figure.roles.length === 0 && <p class="meta">{t('panel_noRole')}</p>}
      <RoleTimeline roles={figure.roles} describedBy="roles-list" />
      <ul class="plain roles" id="roles-list">
        {figure.roles.map((role) => (
          <li key={role.title + role.start}>
            <span>{role.title}</span>
            <span class="meta">
              {roleYears(role)}
              {role.sources?.length ? ' · ' : ''}
              {role.sources && (
                <SourceLinks
                  sources={role.sources}
                  label={t('panel_roleSources_label', role.title)}
                />
              )}
            </span>
          </li>
        ))}
      </ul>
      {figure.died && <p class="meta">{t('panel_died', formatDate(figure.died, 'long'))}</p>}
      {figure.checked && (
        <p class="meta">{t('panel_factsChecked', formatDate(figure.checked, 'long'))}</p>
      )}
    </section>
  );
}
