// Which cached pages show an item: its own cache tags, and for a news article or policy that a zone's facts
// or key figures cite as their source, those zone profiles and the figures page. Used by every admin write
// (lib/admin/content.ts, admin-metadata.ts) so that a change expires exactly the pages it touched.
import "server-only";
import type { db } from "@/lib/db";
import type { ContentChange } from "@/lib/revalidate";
import type { PageKind } from "@/lib/content-model/pages";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * The cache entries that show this item. Beyond the item's own tags: a news article or policy that is
 * the cited source of a zone's facts or of key figures appears (date, address, status) in those zones'
 * profiles and on the figures page; a zone whose `zones` membership changed shows its policies and news
 * through the policies/news tags (zone profiles read them with listPolicies/listNews), already included. Zone data on the layout page and the figures page
 * comes from getZones/getZone (tag "zones"), so a zone change needs no layout tag: getLayout reads only
 * zone slugs, which do not change here.
 */
export async function affectedBy(tx: Tx, type: PageKind, row: { id: string; slug: string }): Promise<ContentChange[]> {
  switch (type) {
    case "zone":
      return [{ type: "zone", slug: row.slug }];
    case "layout":
      return [{ type: "layout" }];
    case "figure":
      return [{ type: "figure" }];
    case "glossary":
      return [{ type: "glossary" }];
    case "question":
      return [{ type: "question", slug: row.slug }];
    case "news":
    case "policy": {
      const own: ContentChange =
        type === "news" ? { type: "news", slug: row.slug } : { type: "policy", slug: row.slug };
      const key = type === "news" ? "sourceNewsId" : "sourcePolicyId";
      const [zones, figures] = await Promise.all([
        tx.zone.findMany({ where: { [key]: row.id }, select: { slug: true } }),
        tx.keyFigure.count({ where: { [key]: row.id } }),
      ]);
      return [
        own,
        ...zones.map((z) => ({ type: "zone" as const, slug: z.slug })),
        ...(figures > 0 ? [{ type: "figure" as const }] : []),
      ];
    }
  }
}
