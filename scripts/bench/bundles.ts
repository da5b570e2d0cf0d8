import { buildFunctions, type BuiltFunction } from '../build-functions';

const built = new Set<string>();

/** Notes bundles built in this bench process (the `functions` suite builds them all, for their metafiles). */
export function noteBuilt(bundles: readonly BuiltFunction[]): void {
  for (const { name } of bundles) built.add(name);
}

/**
 * Builds the bundles a suite calls unless this bench process already has: CI's short run (`npm run bench functions
 * stays housing events`) built `account` three times and `stays` twice, about 7 s of its minute.
 */
export async function buildBundles(names: readonly string[]): Promise<void> {
  const missing = names.filter((name) => !built.has(name));
  if (missing.length > 0) noteBuilt(await buildFunctions(missing));
}
