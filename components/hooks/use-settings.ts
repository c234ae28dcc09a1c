/** The user's settings, kept current as any page or tab changes them. */
import { useLayoutEffect, useState } from 'preact/hooks';
import { getSettings, watchSettings, type Settings } from '@/utils/settings';

/** The settings, or null until they are read. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  // Read in the task that renders, not a frame later (see useAsync).
  useLayoutEffect(() => {
    let live = true;
    void getSettings().then((value) => live && setSettings(value));
    const unwatch = watchSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
