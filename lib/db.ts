// The only Prisma client of the app. Pages and actions never import it: they call lib/data/*.
import "server-only";
import { createPrismaClient, type Db } from "./prisma-client";

const globalForDb = globalThis as unknown as { __portalDb?: Db };

export const db: Db = (globalForDb.__portalDb ??= createPrismaClient());
