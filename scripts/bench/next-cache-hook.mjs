// A module resolution hook for benchmarks that call the data layer outside Next.js (search-scale.ts):
// next/cache and server-only resolve to the same stand-ins vitest uses (vitest.config.ts).
const stand = {
  "next/cache": new URL("../../tests/support/next-cache.ts", import.meta.url).href,
  "server-only": new URL("../../tests/support/empty.ts", import.meta.url).href,
};

export async function resolve(specifier, context, next) {
  return next(stand[specifier] ?? specifier, context);
}
