// Outside Next.js there is no cache to tag: the data layer's cacheTag/cacheLife calls become no-ops so
// its queries can run against a real database in vitest. (Caching itself is exercised over HTTP in e2e.)
export function cacheTag(..._tags: string[]) {}
export function cacheLife(..._profile: unknown[]) {}
export function revalidateTag(..._args: unknown[]) {}
export function updateTag(..._args: unknown[]) {}
