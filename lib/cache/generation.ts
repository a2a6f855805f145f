// The content generation: which build is serving and when content last changed, as one short string.
// The shipped nginx (deploy/nginx/portal-locations.conf) asks for it at most once a second and puts it in
// the key of every public page it caches, so a page can stay in nginx's cache for a minute and still be
// replaced within a second of a publish: a publish changes the generation, and with it every key
// (docs/decisions/017-generation-keyed-proxy-cache.md).
//
// "When content last changed" is the latest tag invalidation this process knows of. Every publish, save,
// schedule run and restore ends in revalidateTag (lib/revalidate.ts), which Next.js records in its tag
// manifest: by its own default cache handler with one instance, and by lib/cache/redis-cache-handler.mjs,
// which also copies every other instance's invalidations into it, with several. Instances that have seen
// the same invalidations give the same generation.
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";

/** The time of a tag's latest invalidation: `stale` when it has one (revalidateTag with a profile), else `expired`. */
function invalidatedAt(state: { stale?: number; expired?: number }): number {
  return state.stale ?? state.expired ?? 0;
}

export function contentGeneration(buildId: string): string {
  let latest = 0;
  for (const state of tagsManifest.values()) latest = Math.max(latest, invalidatedAt(state));
  return `${buildId}.${Math.round(latest)}`;
}
