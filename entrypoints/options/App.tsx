/** The options page: the article store (bundled, import/export/restore), feeds, and per-site switches. */
import { Brand } from '@/components/Brand';
import { SitesSection } from './SitesSection';
import { StoreSection } from './StoreSection';

export function App() {
  return (
    <main>
      <Brand subtitle="Article store and settings" />
      <StoreSection />
      <section aria-labelledby="feeds-heading">
        <h2 id="feeds-heading">Feeds</h2>
        <p class="meta">
          Syncing feeds (JSON, RSS, Atom) from their sites is not available yet. Meanwhile, a
          Backchannel feed file can be imported above; its format is described in docs/feed.md.
        </p>
      </section>
      <SitesSection />
    </main>
  );
}
