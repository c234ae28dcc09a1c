/** Who the figure is: name, native-script names, side, bio, and how often this tab names them. */
import { useTabSummary } from '@/components/hooks/use-tab-summary';
import type { SectionProps } from './sections';

export function HeaderSection({ figure }: SectionProps) {
  const tab = useTabSummary();
  const onPage = tab.summary?.figures.find((f) => f.id === figure.id)?.count ?? 0;
  return (
    <section>
      <h1 id="figure-name" data-figure-id={figure.id}>
        {figure.name}
        {figure.nativeNames.length > 0 && (
          <span class="native">{figure.nativeNames.join(' · ')}</span>
        )}
      </h1>
      <p class="meta">{figure.side}</p>
      <p>{figure.bio}</p>
      {onPage ? <p class="meta">Named {onPage} times on this page.</p> : null}
    </section>
  );
}
