// Validates JSON-LD against the schema.org vocabulary, not by eye: @adobe/structured-data-validator (the
// schema.org type and property check plus Google's rich-result rules for the types it knows), fed with the
// schema.org vocabulary shipped in @vocabulary/schema (schema.nq, schema.org's current release; the validator otherwise
// downloads it from schema.org, which this machine cannot reach). Every issue, error or warning, counts.
import fs from "node:fs";
import path from "node:path";
import Validator from "@adobe/structured-data-validator";

const SCHEMA = "http://schema.org/";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDFS_CLASS = "http://www.w3.org/2000/01/rdf-schema#Class";
const SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf";
const RDF_PROPERTY = "http://www.w3.org/1999/02/22-rdf-syntax-ns#Property";
const DOMAIN = "http://schema.org/domainIncludes";

type Node = {
  "@id": string;
  "@type"?: string;
  "rdfs:subClassOf"?: { "@id": string }[];
  "schema:domainIncludes"?: { "@id": string }[];
};

let graph: { "@graph": Node[] } | undefined;

/** The schema.org vocabulary as the validator reads it (classes with parents, properties with domains). */
export function schemaOrgGraph(): { "@graph": Node[] } {
  if (graph) return graph;
  // The package's exports do not include its data files: read it from node_modules.
  const file = path.join(process.cwd(), "node_modules", "@vocabulary", "schema", "schema.nq");
  const nodes = new Map<string, Node>();
  const node = (id: string) => nodes.get(id) ?? (nodes.set(id, { "@id": id }), nodes.get(id)!);
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const m = /^<([^>]+)> <([^>]+)> <([^>]+)>/.exec(line);
    if (!m || !m[1]!.startsWith(SCHEMA)) continue;
    const [, s, p, o] = m as unknown as [string, string, string, string];
    const id = `schema:${s.slice(SCHEMA.length)}`;
    if (p === RDF_TYPE && o === RDFS_CLASS) node(id)["@type"] = "rdfs:Class";
    else if (p === RDF_TYPE && o === RDF_PROPERTY) node(id)["@type"] = "rdf:Property";
    else if (p === SUBCLASS && o.startsWith(SCHEMA))
      (node(id)["rdfs:subClassOf"] ??= []).push({ "@id": `schema:${o.slice(SCHEMA.length)}` });
    else if (p === DOMAIN && o.startsWith(SCHEMA))
      (node(id)["schema:domainIncludes"] ??= []).push({ "@id": `schema:${o.slice(SCHEMA.length)}` });
  }
  // Types that are also data types (e.g. schema:Text) may be typed twice; the validator needs classes and properties.
  graph = { "@graph": [...nodes.values()].filter((n) => n["@type"]) };
  return graph;
}

export interface Issue {
  rootType: string;
  severity: string;
  issueMessage: string;
}

/** Every issue the validator finds in these JSON-LD objects (each one a <script type="application/ld+json">). */
export async function structuredDataIssues(items: Record<string, unknown>[]): Promise<Issue[]> {
  const jsonld: Record<string, unknown[]> = {};
  for (const item of items) {
    const type = Array.isArray(item["@type"]) ? String(item["@type"][0]) : String(item["@type"]);
    (jsonld[type] ??= []).push(structuredClone(item));
  }
  const validator = new Validator(schemaOrgGraph());
  const results = (await validator.validate({ jsonld, microdata: {}, rdfa: {}, errors: [] })) as Issue[];
  return results.map((r) => ({ rootType: r.rootType, severity: r.severity, issueMessage: r.issueMessage }));
}

/** The JSON-LD objects of an HTML page. */
export function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) =>
    JSON.parse(m[1]!),
  );
}
