/** Who the figure is: name, native-script names, side, bio, and how often the followed tab names them. */
import { figureName, figureOtherNames } from '@/components/figure-name';
import { sideLabel, tCount } from '@/utils/i18n';
import { useFollowedTab } from '../followed-tab';
import type { SectionProps } from './sections';

export function HeaderSection({ figure }: SectionProps) {
  const tab = useFollowedTab();
  const others = figureOtherNames(figure);
  const onPage = tab.summary?.figures.find((f) => f.id === figure.id)?.count ?? 0;
  return (
    <section>
      <h1 id="figure-name" data-figure-id={figure.id}>
        {figureName(figure)}
        {others.length > 0 && <span class="native">{others.join(' · ')}</span>}
      </h1>
      <p class="meta">{sideLabel(figure.side)}</p>
      <p>{figure.bio}</p>
      {onPage ? (
        <p class="meta">{tCount('panel_namedOnPage_one', 'panel_namedOnPage_other', onPage)}</p>
      ) : null}
    </section>
  );
}
