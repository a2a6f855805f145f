// The locale-neutral details that are enums, from Prisma's generated enums (prisma/schema.prisma is where
// they are declared): the content files' schema (lib/content/schema.ts), the public filters, the admin's
// metadata forms and the data layer read them here instead of listing the values again.
import { z } from "zod";
import { LayoutKind, NewsKind, PolicyValidity, ZoneKind, ZoneRelationKind } from "../generated/prisma/enums";

export type { LayoutKind, NewsKind, PolicyValidity, ZoneKind, ZoneRelationKind };

/** An enum's values in schema order, as a non-empty tuple (for z.enum and option lists). */
const valuesOf = <T extends Record<string, string>>(e: T) => Object.values(e) as [T[keyof T], ...T[keyof T][]];

export const zoneKinds = valuesOf(ZoneKind);
export const zoneRelationKinds = valuesOf(ZoneRelationKind);
export const layoutKinds = valuesOf(LayoutKind);
export const policyValidities = valuesOf(PolicyValidity);
export const newsKinds = valuesOf(NewsKind);

export const zoneKindSchema = z.enum(zoneKinds);
export const zoneRelationKindSchema = z.enum(zoneRelationKinds);
export const layoutKindSchema = z.enum(layoutKinds);
export const policyValiditySchema = z.enum(policyValidities);
export const newsKindSchema = z.enum(newsKinds);
