/**
 * Pages that `next build` prerenders have no database behind them, so they carry the generic site
 * name and an empty footer; pages cached by an earlier run of the server may carry an identity since
 * changed. Served as they are, the first visitor after a deploy would see them (a stale ISR page is
 * answered before it is regenerated). Expiring the root layout's implicit cache tag when the server
 * starts — what `revalidatePath("/", "layout")` does inside a request — makes every page rendered
 * before this start a cache miss: its first request renders it afresh, with the identity, and caches
 * it as usual. The root layout stays static.
 *
 * Next keeps the tag state in a process-wide module (an `.external` module, shared by every bundle);
 * it has no public call for this outside a request.
 */
const ROOT_LAYOUT_TAG = "_N_T_/layout";

export async function expireEarlierRenders(now = Date.now()): Promise<void> {
  const { tagsManifest } = await import("next/dist/server/lib/incremental-cache/tags-manifest.external");
  tagsManifest.set(ROOT_LAYOUT_TAG, { ...tagsManifest.get(ROOT_LAYOUT_TAG), expired: now });
}
