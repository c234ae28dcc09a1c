/** Feeds to sync the store from (not built yet: says so, and points at import meanwhile). */
export function FeedsSection() {
  return (
    <section aria-labelledby="feeds-heading">
      <h2 id="feeds-heading">Feeds</h2>
      <p class="meta">
        Syncing feeds (JSON, RSS, Atom) from their sites is not available yet. Meanwhile, a
        Backchannel feed file can be imported above; its format is described in docs/feed.md.
      </p>
    </section>
  );
}
