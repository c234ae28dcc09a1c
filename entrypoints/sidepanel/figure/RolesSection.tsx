/** The figure's roles with their dates and the reporting each rests on; when the facts were last checked. */
import { SourceLinks } from '@/components/SourceLinks';
import { formatDate, t } from '@/utils/i18n';
import type { SectionProps } from './sections';

export function RolesSection({ figure }: SectionProps) {
  return (
    <section aria-labelledby="roles-heading">
      <h2 id="roles-heading">{t('panel_roles_heading')}</h2>
      {figure.roles.length === 0 && <p class="meta">{t('panel_noRole')}</p>}
      <ul class="plain roles">
        {figure.roles.map((role) => (
          <li key={role.title + role.start}>
            <span>{role.title}</span>
            <span class="meta">
              {formatDate(role.start)}–{role.end ? formatDate(role.end) : t('panel_role_now')}
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
