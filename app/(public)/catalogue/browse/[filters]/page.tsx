import type { Metadata } from "next";
import { browseFilters } from "@/lib/documents/browse-path";
import { CatalogueView } from "../../catalogue-view";

export const metadata: Metadata = { title: "法定主动公开内容" };

/**
 * A catalogue list page (no search term): linked directly, or reached through proxy.ts from `/catalogue?…`. Served from
 * the full-route cache: rendered on its first request (nothing at build, which has no database) and
 * expired with CATALOGUE_TAG on every publication, change or withdrawal, or by app/layout.tsx's
 * `revalidate`.
 */
export const dynamicParams = true;
export function generateStaticParams(): { filters: string }[] {
  return [];
}

export default async function CatalogueBrowsePage({ params }: { params: Promise<{ filters: string }> }) {
  return <CatalogueView raw={{ q: "", ...browseFilters((await params).filters) }} />;
}
