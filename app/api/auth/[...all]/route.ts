// better-auth's endpoints (sign-in, sign-out, session) at /api/auth/*. See lib/auth/config.ts.
import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/config";

export const { GET, POST } = toNextJsHandler(auth);
