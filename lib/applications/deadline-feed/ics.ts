import ical, { ICalCalendarMethod } from "ical-generator";
import type { LocalDate } from "@/lib/calendar";
import type { DeadlineEntry } from "./entries";

/** One all-day VEVENT per deadline. A LocalDate is a day in China: written as a DATE value, never shifted through UTC. */
const dayStart = (on: LocalDate) => new Date(`${on}T00:00:00Z`);
const nextDay = (on: LocalDate) => new Date(dayStart(on).getTime() + 86_400_000);

export interface FeedHeader {
  applicationId: string;
  caseNumber: string;
  agencyName: string;
  /** Where the subscriber reads the case (the staff page, or the applicant's look-up). */
  caseUrl: string;
  /** The portal's host, for globally unique UIDs (RFC 5545 §3.8.4.7). */
  host: string;
  /** Why there is nothing to list (答复已作出, 计时中止 …), shown in the calendar's description. */
  note: string | null;
}

/**
 * The iCal feed (RFC 5545) of one application's deadlines. No personal data: a calendar feed ends up
 * in third-party calendar services, so it names the case number and the agency, never the applicant.
 */
export function renderDeadlineFeed(header: FeedHeader, entries: readonly DeadlineEntry[], now: Date): string {
  const calendar = ical({
    name: `政府信息公开申请 ${header.caseNumber} 的期限`,
    // One line: ical-generator writes the calendar's X-WR-CALDESC without escaping line breaks.
    description: [`${header.agencyName}受理的政府信息公开申请 ${header.caseNumber}。`, header.note].filter(Boolean).join(""),
    prodId: { company: "gov-disclosure-portal", product: "deadline-feed", language: "ZH" },
    method: ICalCalendarMethod.PUBLISH,
    // Calendar clients poll subscribed feeds; ask for hourly so a moved deadline shows the same day.
    ttl: 60 * 60,
    url: header.caseUrl,
  });
  for (const entry of entries) {
    calendar.createEvent({
      id: `${entry.key}-${header.applicationId}@${header.host}`,
      start: dayStart(entry.on),
      end: nextDay(entry.on),
      allDay: true,
      stamp: now,
      summary: `${entry.title}：${header.caseNumber}`,
      description: `${entry.detail}\n${header.caseUrl}`,
      url: header.caseUrl,
    });
  }
  return calendar.toString();
}
