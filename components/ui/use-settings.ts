import { useEffect, useState } from 'react';
import { readSettings, settingsItem, DEFAULT_SETTINGS, type Settings } from '../../lib/storage/settings';

/** The current settings, re-rendered whenever any context changes them. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void readSettings().then((s) => live && setSettings(s));
    const unwatch = settingsItem.watch((s) => setSettings({ ...DEFAULT_SETTINGS, ...s }));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
