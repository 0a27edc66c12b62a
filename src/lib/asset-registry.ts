/**
 * Which `/_astro/` files each commune's pages use. The middleware (inside Astro's build) and the
 * build CLI run in one Node process but load this module separately (Vite's module runner), so
 * the registry lives on `globalThis`.
 */
const KEY = Symbol.for('trangxa.assets');

/** The registry key of the portal's pages (`dist/index.html`, `dist/tim-kiem/`). */
export const PORTAL = '@portal';

type Registry = Map<string, Set<string>>;

function registry(): Registry {
  const store = globalThis as unknown as Record<symbol, Registry | undefined>;
  store[KEY] ??= new Map();
  return store[KEY];
}

export function recordAssets(commune: string, assets: readonly string[]): void {
  if (assets.length === 0) return;
  const set = registry().get(commune) ?? new Set<string>();
  for (const a of assets) set.add(a);
  registry().set(commune, set);
}

export function assetsByCommune(): ReadonlyMap<string, ReadonlySet<string>> {
  return registry();
}

export function resetAssets(): void {
  registry().clear();
}
