export default class PortalCacheHandler {
  constructor(context: Record<string, unknown>);
  get(key: string, ctx: Record<string, unknown>): Promise<{ value: unknown; lastModified?: number } | null>;
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>;
  revalidateTag(...args: unknown[]): Promise<void>;
  resetRequestCache(): void;
}
