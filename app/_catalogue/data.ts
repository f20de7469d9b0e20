import "server-only";
import { cache } from "react";
import { unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import { listAgencies } from "@/db/queries/agencies";
import { buildCategoryTree, categoryIdsWithDescendants, listAgencyCategories } from "@/lib/documents/categories";
import { CATALOGUE_REVALIDATE_SECONDS, CATALOGUE_TAG, jsonify, SITE_TAG } from "@/lib/documents/cache-tags";
import { getPublicDocument, listPublicationYears } from "@/lib/documents/public";
import { searchDocuments, type SearchParams } from "@/lib/documents/search";
import { NotFoundError } from "@/lib/errors";
import { buildGuide } from "@/lib/documents/guide";
import { readAgencyPolicy } from "@/lib/agencies/policy";
import { getSiteInfo } from "@/lib/agencies/site";

/**
 * The public catalogue's reads, cached (they are the same for every visitor) and expired on every
 * publication, change or withdrawal (updateTag/revalidateTag with CATALOGUE_TAG). Results are
 * JSON-safe (dates as ISO strings) because the data cache stores JSON.
 */
const options = { tags: [CATALOGUE_TAG], revalidate: CATALOGUE_REVALIDATE_SECONDS };

export const cachedSearch = unstable_cache(
  async (params: SearchParams) => jsonify(await searchDocuments(await getDb(), params)),
  ["catalogue-search"],
  options,
);

/** A published document, or null (withdrawn, draft or unknown id). */
async function readPublicDocument(id: string) {
  try {
    return jsonify(await getPublicDocument(await getDb(), id));
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/**
 * The document for its page, read once per render (React's `cache`: the page and its
 * generateMetadata ask at the same moment). Not in the data cache: the page itself is cached whole
 * and expired by its path (and the layout's), so a second copy of its data would only cost a file read and
 * write on every cache miss (bench deploy).
 */
export const documentForPage = cache(readPublicDocument);

/** The document for the open API (answered per request), from the data cache. */
export const cachedDocument = unstable_cache(readPublicDocument, ["catalogue-document"], options);

/** The agencies and each one's public category tree (retired categories left out). */
export const cachedCatalogueTree = unstable_cache(
  async () => {
    const db = await getDb();
    const agencies = await listAgencies(db);
    return Promise.all(
      agencies.map(async (agency) => ({
        code: agency.code,
        name: agency.name,
        shortName: agency.shortName,
        categories: buildCategoryTree(await listAgencyCategories(db, agency.id)),
      })),
    );
  },
  ["catalogue-tree"],
  options,
);

/** Publication years with documents (of one agency, optionally of one category branch). */
export const cachedYears = unstable_cache(
  async (agencyCode: string, categoryCode: string) => {
    const db = await getDb();
    if (!categoryCode) return listPublicationYears(db, { agencyCode: agencyCode || undefined });
    const agencies = await listAgencies(db);
    const rows = (
      await Promise.all(agencies.filter((a) => !agencyCode || a.code === agencyCode).map((a) => listAgencyCategories(db, a.id)))
    ).flat();
    return listPublicationYears(db, { agencyCode: agencyCode || undefined, categoryIds: categoryIdsWithDescendants(rows, [categoryCode]) });
  },
  ["catalogue-years"],
  options,
);

/** The agency whose guide is shown (by code; the host agency by default) with its guide sections. */
export const cachedGuide = unstable_cache(
  async (agencyCode: string) => {
    const db = await getDb();
    const agencies = await listAgencies(db);
    const agency = agencies.find((entry) => entry.code === agencyCode) ?? agencies[0];
    if (!agency) return null;
    const categories = buildCategoryTree(await listAgencyCategories(db, agency.id));
    return {
      agency: { code: agency.code, name: agency.name },
      agencies: agencies.map(({ code, shortName }) => ({ code, shortName })),
      sections: buildGuide({ ...agency, policy: readAgencyPolicy(agency.policy) }, categories),
    };
  },
  ["catalogue-guide"],
  options,
);

const isBuild = () => process.env.NEXT_PHASE === "phase-production-build";

/**
 * The newest publications for the home page (最新公开). `next build` has no database: the home page
 * it prerenders lists none and is expired unseen when the server starts (lib/cache-handler/index.mjs, startedAt).
 */
export async function cachedLatest(count = 8) {
  if (isBuild()) return [];
  return (await cachedSearch({ sort: "date", page: 1, pageSize: count })).items;
}

const cachedSiteInfoFromDb = unstable_cache(async () => (await getSiteInfo(await getDb())) ?? null, ["site-info"], {
  tags: [SITE_TAG],
  revalidate: CATALOGUE_REVALIDATE_SECONDS,
});

/**
 * The host agency's identity for the shared layout. `next build` has no database: the pages it
 * prerenders get none, and are expired unseen when the server starts (lib/cache-handler/index.mjs, startedAt).
 */
export const cachedSiteInfo = cache(async () => {
  if (isBuild()) return undefined;
  // Once per request (the root layout and its generateMetadata both ask): each call reads and
  // parses the data-cache entry again.
  return (await cachedSiteInfoFromDb()) ?? undefined;
});
