/** The figure's roles with their dates. */
import type { SectionProps } from './sections';

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
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
