import { and, asc, eq } from "drizzle-orm";
import { letterDeliveries, letters } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { LETTER_TITLES, type LetterKind } from "@/lib/letters";
import type { ApplicantAccess } from "../applicant-access";
import { loadOwnApplication } from "../owned-application";
import { electronicChannels, LETTER_DELIVERY_CHANNELS, LETTER_DELIVERY_STATUSES, type LetterDeliveryChannel, type LetterDeliveryStatus } from "./channels";

/** One line of 送达记录: which letter went how, and when it counts as delivered. */
export interface DeliveryRecord {
  id: string;
  letterTitle: string;
  letterNumber: string | null;
  channel: LetterDeliveryChannel;
  status: LetterDeliveryStatus;
  /** The e-mail address it went to (null online). */
  address: string | null;
  queuedAt: string;
  sentAt: string | null;
  deliveredOn: string | null;
  /** Staff only: why the outbox gave up. */
  lastError: string | null;
}

export interface DeliveryOverview {
  /** The electronic channels the applicant chose (empty: the clerk delivers otherwise). */
  channels: LetterDeliveryChannel[];
  records: DeliveryRecord[];
}

/** The application's electronic deliveries, oldest first. No access check: callers have made it. */
export async function deliveryRecordsOf(db: Queryable, applicationId: string, { applicantOnly = false } = {}): Promise<DeliveryRecord[]> {
  const rows = await db
    .select({ delivery: letterDeliveries, kind: letters.kind, number: letters.number })
    .from(letterDeliveries)
    .innerJoin(letters, eq(letters.id, letterDeliveries.letterId))
    .where(and(eq(letterDeliveries.applicationId, applicationId), ...(applicantOnly ? [eq(letters.applicantVisible, true)] : [])))
    .orderBy(asc(letterDeliveries.queuedAt), asc(letterDeliveries.channel));
  return rows.map(({ delivery: d, kind, number }) => ({
    id: d.id,
    letterTitle: LETTER_TITLES[kind as LetterKind] ?? kind,
    letterNumber: number,
    channel: (LETTER_DELIVERY_CHANNELS as readonly string[]).includes(d.channel) ? (d.channel as LetterDeliveryChannel) : "online",
    status: (LETTER_DELIVERY_STATUSES as readonly string[]).includes(d.status) ? (d.status as LetterDeliveryStatus) : "queued",
    address: d.address,
    queuedAt: d.queuedAt.toISOString(),
    sentAt: d.sentAt?.toISOString() ?? null,
    deliveredOn: d.deliveredOn,
    lastError: applicantOnly ? null : d.lastError,
  }));
}

/** The applicant's own 送达记录 (owner or look-up session only: 404 for anyone else). */
export async function listApplicantDeliveries(db: Queryable, who: ApplicantAccess, applicationId: string): Promise<DeliveryOverview> {
  const application = await loadOwnApplication(db, who, applicationId);
  return { channels: electronicChannels(application), records: await deliveryRecordsOf(db, applicationId, { applicantOnly: true }) };
}
