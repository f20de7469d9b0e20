import type { SubscriptionSummary } from "@/lib/applications/deadline-feed/subscriptions";
import type { SubscriptionItem } from "./deadline-subscriptions";

/** Dates as strings: what a server component hands the client list. */
export const subscriptionItems = (rows: SubscriptionSummary[]): SubscriptionItem[] =>
  rows.map((s) => ({ id: s.id, createdAt: s.createdAt.toISOString(), lastFetchedAt: s.lastFetchedAt?.toISOString() ?? null }));
