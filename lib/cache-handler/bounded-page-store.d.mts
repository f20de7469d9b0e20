export declare function isSearchPageKey(key: string): boolean;
export declare const SEARCH_PAGE_STORE_BYTES: number;
export declare class BoundedPageStore {
  constructor(options?: { maxBytes?: number; now?: () => number });
  maxBytes: number;
  bytes: number;
  entries: Map<string, { value: unknown; lastModified: number; cacheControl: unknown; bytes: number; tags: string[] }>;
  get(key: string): { value: unknown; lastModified: number; cacheControl: unknown } | null;
  set(key: string, value: unknown, cacheControl: unknown): void;
  revalidateTag(tags: string | string[]): void;
  delete(key: string): void;
}
