/** The figure's roles with their dates and the reporting each rests on; when the facts were last checked. */
import { SourceLinks } from '@/components/SourceLinks';
import type { SectionProps } from './sections';

/** "2026-12" → "December 2026" (in the UI's language). */
function monthYear(month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? month
    : date.toLocaleDateString(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function RolesSection({ figure }: SectionProps) {
  return (
    <section aria-labelledby="roles-heading">
      <h2 id="roles-heading">Roles</h2>
      {figure.roles.length === 0 && <p class="meta">No public role is listed.</p>}
      <ul class="plain roles">
        {figure.roles.map((role) => (
          <li key={role.title + role.start}>
            <span>{role.title}</span>
            <span class="meta">
              {role.start}–{role.end ?? 'now'}
              {role.sources?.length ? ' · ' : ''}
              {role.sources && (
                <SourceLinks sources={role.sources} label={`Sources for ${role.title}`} />
              )}
            </span>
          </li>
        ))}
      </ul>
      {figure.died && <p class="meta">Died {figure.died}.</p>}
      {figure.checked && <p class="meta">Facts checked {monthYear(figure.checked)}.</p>}
    </section>
  );
}
