"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server render and while React hydrates it, true once React runs the page in the browser
 * (React renders again with the browser's value right after hydrating). Forms use it to tell a native
 * post (no JavaScript yet) from one React sends, and tests wait for it before typing.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
