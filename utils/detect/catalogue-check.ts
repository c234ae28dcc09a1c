/**
 * Checks that keep the catalogue's facts traceable and consistent. `npm run store:build` refuses
 * to build when any fails, and unit tests run them too.
 */
import { escapeRegExp } from '../escape-regexp';
import { isIsoDatePrefix } from '../validate/dates';
import { roleHeldOn } from './role-dates';
import type { Figure, Role } from './types';

const MONTH = /^\d{4}-\d{2}$/;
const HTTP_URL = /^https?:\/\/[^\s/]+\.[^\s]+$/;

/** Compares two ISO prefix dates at the precision they share ("2025-12" vs "2025-12-06" → 0). */
function compareAtSharedPrecision(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const [x, y] = [a.slice(0, n), b.slice(0, n)];
  return x < y ? -1 : x > y ? 1 : 0;
}

const describeRole = (figure: Figure, role: Role): string =>
  `${figure.id}: "${role.title}" (${role.start}–${role.end ?? 'now'})`;

/** Every problem with the figures' roles, sources and dates, as sentences; empty when all is well. */
export function catalogueProblems(figures: readonly Figure[]): string[] {
  const problems: string[] = [];
  for (const figure of figures) {
    if (figure.died !== undefined && !isIsoDatePrefix(figure.died))
      problems.push(`${figure.id}: died "${figure.died}" is not a date`);
    for (const role of figure.roles) {
      const where = describeRole(figure, role);
      if (!role.sources?.length) problems.push(`${where} has no source`);
      for (const source of role.sources ?? []) {
        if (!HTTP_URL.test(source.url)) problems.push(`${where}: source URL "${source.url}"`);
        if (!isIsoDatePrefix(source.date)) problems.push(`${where}: source date "${source.date}"`);
        if (!source.outlet.trim() || !source.title.trim())
          problems.push(`${where}: a source without outlet or title`);
      }
      if (!isIsoDatePrefix(role.start) || (role.end !== undefined && !isIsoDatePrefix(role.end)))
        problems.push(`${where}: dates must be YYYY, YYYY-MM or YYYY-MM-DD`);
      else if (role.end !== undefined && compareAtSharedPrecision(role.end, role.start) < 0)
        problems.push(`${where} ends before it starts`);
      if (figure.died !== undefined) {
        if (role.end === undefined)
          problems.push(`${where} is open-ended, but they died in ${figure.died}`);
        else if (compareAtSharedPrecision(role.end, figure.died) > 0)
          problems.push(`${where} ends after their death (${figure.died})`);
      }
    }
    if (figure.roles.some((role) => role.end === undefined) && !MONTH.test(figure.checked ?? ''))
      problems.push(`${figure.id}: open-ended roles need "checked: YYYY-MM"`);
  }
  return problems;
}

/** The head of a role's title, as a text would use it before or after a name ("Director-General", "Special Representative"). */
function titleHead(title: string): string {
  return title.split(/ (?:of|for|to|on|in)\b|,|\(/)[0]!.trim();
}

/**
 * Where a text calls one of `figures` by a title they did not hold on `date`: "Director-General
 * Takehiro Funakoshi" or "Takehiro Funakoshi, Director-General of …" in a brief dated after he
 * left that post. "Former (US) President" and "then-" titles are history, not a claim about the
 * date, and "Vice Foreign Minister" is not "Foreign Minister".
 */
export function roleClaimProblems(
  text: string,
  date: string,
  figures: readonly Figure[],
): string[] {
  const problems: string[] = [];
  for (const figure of figures) {
    const heads = new Set(
      figure.roles.map((role) => titleHead(role.title)).filter((h) => h.length > 3),
    );
    const names = [figure.name, ...(figure.aliases ?? []).filter((a) => /^[A-Za-z .'-]+$/.test(a))];
    for (const head of heads) {
      const h = escapeRegExp(head);
      for (const name of names) {
        const n = escapeRegExp(name);
        const claims = new RegExp(
          `(?<!(?:former|then|later|ex)[- ](?:[A-Z][\\w.'-]* )?|(?:Vice|Deputy|Assistant|Senior|First|Under|Acting|Special) )\\b${h}\\s+${n}\\b|\\b${n},\\s+(?:the\\s+|then\\s+)?(?:[A-Z][\\w'-]*\\s+){0,4}${h}\\b`,
        );
        if (!claims.test(text)) continue;
        const held = figure.roles.some(
          (role) => titleHead(role.title) === head && roleHeldOn(role, date),
        );
        if (!held)
          problems.push(
            `calls ${figure.name} "${head}" on ${date}, a role the catalogue says they did not hold then`,
          );
      }
    }
  }
  return problems;
}
