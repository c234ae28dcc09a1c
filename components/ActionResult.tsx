/** What an action on a page came to: a status line when it worked, an alert when it did not. */
import { ErrorNote } from './ErrorNote';

export function ActionResult({ notice, failure }: { notice: string | null; failure: unknown }) {
  return (
    <>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <ErrorNote error={failure} />
    </>
  );
}
