import { PREFERENCES_STORAGE_KEY, PreferencesSchema } from '../../core/protocol/preferences';
import type { Preferences } from '../../core/protocol/preferences';
import type { FigJamApi } from './figjam-api';

/** Stored choices that no longer validate (an older version's, say) are ignored rather than trusted. */
export async function readPreferencesAsync(api: FigJamApi): Promise<Preferences | undefined> {
  const stored: unknown = await api.clientStorage.getAsync(PREFERENCES_STORAGE_KEY);
  const parsed = PreferencesSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/** Merges `change` into what is stored; a storage failure never fails the request that made the change. */
export async function savePreferencesAsync(api: FigJamApi, change: Preferences): Promise<void> {
  try {
    const current = (await readPreferencesAsync(api)) ?? {};
    await api.clientStorage.setAsync(PREFERENCES_STORAGE_KEY, { ...current, ...change });
  } catch (error) {
    console.error(error);
  }
}
