import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { searchFilters } from "@/lib/documents/search-path";
import { CatalogueView } from "../../catalogue-view";

export const metadata: Metadata = { title: "法定主动公开内容" };

/**
 * A search of the catalogue, reached through proxy.ts from `/catalogue?q=…` (the public URL).
 * The same page for everyone who searches the same term, so it is served from the full-route cache
 * (issue 13 item 19): rendered on its first request, expired with CATALOGUE_TAG on every
 * publication, change or withdrawal, or by app/layout.tsx's `revalidate`; kept in a bounded store
 * because terms are unbounded (lib/cache-handler/bounded-page-store.mjs).
 */
export const dynamicParams = true;
export function generateStaticParams(): { filters: string }[] {
  return [];
}

export default async function CatalogueSearchPage({ params }: { params: Promise<{ filters: string }> }) {
  const filters = searchFilters((await params).filters);
  if (!filters) notFound();
  return <CatalogueView raw={filters} />;
}
