// better-auth's endpoints (sign-in, sign-out, session) at /api/auth/*. See lib/auth.ts.
import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth";

export const { GET, POST } = toNextJsHandler(auth);
