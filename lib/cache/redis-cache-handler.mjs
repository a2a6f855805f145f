// The `'use cache'` handler when the portal runs as several instances (REDIS_URL set; next.config.ts).
// docs/decisions/008-shared-cache.md explains the design; in short:
//
// - Entries live in this instance's memory (an LRU bounded by CACHE_MEMORY_MB) and in Redis, shared by
//   every instance. A read looks in memory, then in Redis.
// - Tag invalidations (a publish calls revalidateTag) are written to a Redis hash and published on a
//   channel. Every instance subscribes and copies them into Next.js's own tag manifest, which is what
//   decides whether a cached *page* (not only a cached function) is stale. So a publish on one instance
//   makes every instance re-render the affected pages on their next request.
// - Redis is a helper, never a dependency: when it is unreachable, reads and writes fall back to this
//   instance's memory at once (no waiting; commands fail fast), a warning is logged (at most every 10 s),
//   invalidations made meanwhile still apply here and are sent to Redis when it is back, and on
//   reconnecting (and every 5 s) every instance reads the whole tag hash again.
//
// Plain JavaScript: Next.js imports this file at run time, outside its bundles.
import fs from "node:fs";
import path from "node:path";
import Redis from "ioredis";
import { LRUCache } from "lru-cache";
import {
  areTagsExpired,
  areTagsStale,
  tagsManifest,
} from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";

const url = process.env.REDIS_URL;
if (!url) throw new Error("lib/cache/redis-cache-handler.mjs needs REDIS_URL");
const prefix = process.env.CACHE_KEY_PREFIX || "portal";
const distDir = process.env.NEXT_DIST_DIR || ".next";
let buildId = "dev";
try {
  buildId = fs.readFileSync(path.join(process.cwd(), distDir, "BUILD_ID"), "utf8").trim();
} catch {}
// Entries belong to one build (a new deploy must not read another build's rendered output); tag
// invalidations are timestamps and hold for every build.
const entryKey = (key) => `${prefix}:${buildId}:e:${key}`;
const TAGS = `${prefix}:tags`;
const CHANNEL = `${prefix}:tags`;
const MAX_TTL_MS = 7 * 24 * 3600 * 1000;

const log = (level, message) => console[level](`cache: ${message}`);
let lastWarning = 0;
function warn(what, err) {
  const now = Date.now();
  if (now - lastWarning < 10_000) return;
  lastWarning = now;
  log("warn", `Redis unavailable (${what}: ${err?.message ?? err}); serving from this instance's memory`);
}

const options = {
  // Fail at once while disconnected instead of queueing: a page must never wait for Redis.
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  commandTimeout: 500,
  connectTimeout: 1000,
  retryStrategy: (times) => Math.min(200 * times, 2000),
  lazyConnect: false,
};
const redis = new Redis(url, options);
const subscriber = new Redis(url, { ...options, enableOfflineQueue: true, commandTimeout: undefined });
let up = false;
redis.on("error", (err) => warn("connection", err));
subscriber.on("error", () => {});
redis.on("end", () => (up = false));
redis.on("close", () => (up = false));

/** Memory: bounded by bytes. */
const memory = new LRUCache({
  maxSize: Math.max(1, Number(process.env.CACHE_MEMORY_MB || 64)) * 1024 * 1024,
  sizeCalculation: (e) => e.value.byteLength + 256,
});
/** Invalidations made while Redis was down, sent when it is back. */
const unsent = new Map();

/** Applies one tag's state to Next.js's manifest, keeping the later timestamps. */
function applyTag(tag, state) {
  const current = tagsManifest.get(tag) || {};
  const next = { ...current };
  if (typeof state.stale === "number" && !(current.stale >= state.stale)) next.stale = state.stale;
  if (typeof state.expired === "number" && !(current.expired >= state.expired)) next.expired = state.expired;
  tagsManifest.set(tag, next);
}

async function syncAllTags() {
  const all = await redis.hgetall(TAGS);
  for (const [tag, json] of Object.entries(all)) {
    try {
      applyTag(tag, JSON.parse(json));
    } catch {}
  }
}

async function sendTags(states) {
  if (states.size === 0) return;
  const multi = redis.multi();
  for (const [tag, state] of states) {
    multi.hset(TAGS, tag, JSON.stringify(state));
    multi.publish(CHANNEL, JSON.stringify({ tag, ...state }));
  }
  await multi.exec();
}

subscriber.on("message", (_channel, message) => {
  try {
    const { tag, stale, expired } = JSON.parse(message);
    if (typeof tag === "string") applyTag(tag, { stale, expired });
  } catch {}
});
subscriber.on("ready", () => {
  subscriber.subscribe(CHANNEL).catch(() => {});
});
redis.on("ready", async () => {
  try {
    // What this instance invalidated while Redis was away, then everything the others did.
    const pending = new Map(unsent);
    unsent.clear();
    await sendTags(pending);
    await syncAllTags();
    if (!up) log("info", `shared cache on ${new URL(url).host} (build ${buildId})`);
    up = true;
  } catch (err) {
    warn("sync", err);
  }
});

// A message missed while a connection was being re-established is caught up within 5 s.
setInterval(() => {
  if (redis.status === "ready") syncAllTags().catch((err) => warn("sync", err));
}, 5_000).unref();

function toStream(buffer) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(buffer));
      controller.close();
    },
  });
}

async function toBuffer(stream) {
  const chunks = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function serialize(entry) {
  const { value, ...meta } = entry;
  const head = Buffer.from(JSON.stringify(meta));
  const len = Buffer.alloc(4);
  len.writeUInt32BE(head.length);
  return Buffer.concat([len, head, value]);
}

function deserialize(buffer) {
  const n = buffer.readUInt32BE(0);
  const meta = JSON.parse(buffer.subarray(4, 4 + n).toString());
  return { ...meta, value: buffer.subarray(4 + n) };
}

/** An entry as Next.js wants it back, or undefined when it has expired or a tag invalidated it. */
function usable(stored) {
  // As Next.js's own handler: past its revalidate time an entry is dropped, not served stale.
  if (Date.now() > stored.timestamp + stored.revalidate * 1000) return undefined;
  if (areTagsExpired(stored.tags, stored.timestamp)) return undefined;
  const revalidate = areTagsStale(stored.tags, stored.timestamp) ? -1 : stored.revalidate;
  return { ...stored, revalidate, value: toStream(stored.value) };
}

const pendingSets = new Map();

const redisCacheHandler = {
  async get(cacheKey) {
    await pendingSets.get(cacheKey);
    const local = memory.get(cacheKey);
    if (local) {
      const entry = usable(local);
      if (entry) return entry;
      memory.delete(cacheKey);
      return undefined;
    }
    if (redis.status !== "ready") return undefined;
    try {
      const raw = await redis.getBuffer(entryKey(cacheKey));
      if (!raw) return undefined;
      const stored = deserialize(raw);
      const entry = usable(stored);
      if (entry) memory.set(cacheKey, stored);
      return entry;
    } catch (err) {
      warn("read", err);
      return undefined;
    }
  },

  async set(cacheKey, pendingEntry) {
    let done;
    pendingSets.set(cacheKey, new Promise((r) => (done = r)));
    try {
      const entry = await pendingEntry;
      const stored = { ...entry, value: await toBuffer(entry.value) };
      memory.set(cacheKey, stored);
      if (redis.status === "ready") {
        const ttl = Math.min(MAX_TTL_MS, Math.max(1000, stored.expire * 1000));
        await redis.set(entryKey(cacheKey), serialize(stored), "PX", ttl).catch((err) => warn("write", err));
      }
    } catch {
      // A render that failed is not cached.
    } finally {
      done();
      pendingSets.delete(cacheKey);
    }
  },

  // Invalidations arrive by subscription as they happen; nothing to poll before a request.
  async refreshTags() {},

  async getExpiration(tags) {
    let max = 0;
    for (const tag of tags) max = Math.max(max, tagsManifest.get(tag)?.expired || 0);
    return max;
  },

  async updateTags(tags, durations) {
    const now = Date.now();
    const states = new Map();
    for (const tag of tags) {
      const state = durations
        ? { stale: now, ...(durations.expire !== undefined ? { expired: now + durations.expire * 1000 } : {}) }
        : { expired: now };
      applyTag(tag, state);
      states.set(tag, tagsManifest.get(tag));
    }
    if (redis.status !== "ready") {
      for (const [tag, state] of states) unsent.set(tag, state);
      warn("invalidate", new Error(`not connected; ${tags.length} tag(s) applied here, sent when Redis is back`));
      return;
    }
    try {
      await sendTags(states);
    } catch (err) {
      for (const [tag, state] of states) unsent.set(tag, state);
      warn("invalidate", err);
    }
  },
};

export default redisCacheHandler;
