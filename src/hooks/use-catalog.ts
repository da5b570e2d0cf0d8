import { useEffect, useState } from 'react';
import type { LocalizedText } from '@core/contract/locale';
import { getLocale } from '@/i18n';
import * as requests from '@/services/requests';
import type { Catalog } from '@/services/requests';

// Reference data changes rarely (an admin edits it): one load per app session is enough.
let cached: Catalog | null = null;
let loading: Promise<Catalog | null> | null = null;

function loadCatalog(): Promise<Catalog | null> {
  if (cached) return Promise.resolve(cached);
  loading ??= requests.catalog().then((reply) => {
    loading = null;
    if (!reply.ok) return null;
    cached = reply.data;
    return cached;
  });
  return loading;
}

/** The request categories and units, or null while loading; `failed` when the load failed (retry with `reload`). */
export function useCatalog(): { catalog: Catalog | null; failed: boolean; reload: () => void } {
  const [catalog, setCatalog] = useState<Catalog | null>(cached);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void loadCatalog().then((loaded) => {
      if (!live) return;
      setCatalog(loaded);
      setFailed(loaded === null);
    });
    return () => {
      live = false;
    };
  }, [attempt]);
  return { catalog, failed, reload: () => setAttempt((n) => n + 1) };
}

/** A category's or unit's name in the UI language; the id when the catalog does not know it (yet). */
export function nameIn(entries: ReadonlyArray<{ id: string; name: LocalizedText }> | undefined, id: string | null): string {
  if (!id) return '';
  const entry = entries?.find((e) => e.id === id);
  return entry ? entry.name[getLocale()] : id;
}

/** For tests: forget the cached catalog. */
export function resetCatalogCache(): void {
  cached = null;
  loading = null;
}
