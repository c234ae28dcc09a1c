/** Who the figure is: name, native-script names, side, bio, and how often the followed tab names them. */
import { t } from '@/utils/i18n';
import { useFollowedTab } from '../followed-tab';
import { formatNumber } from '../format';
import type { SectionProps } from './sections';

export function HeaderSection({ figure }: SectionProps) {
  const tab = useFollowedTab();
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
      {onPage ? <p class="meta">{t('panel_named_on_page', formatNumber(onPage))}</p> : null}
    </section>
  );
}
