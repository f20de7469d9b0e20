import Link from "next/link";
import { Alert } from "@/components/ui/alert";

/**
 * On /admin and /staff pages when next year's 放假安排 is missing (the State Council usually
 * publishes it in November): deadlines reaching it show as 待定 until an admin enters it (workflow.md §3).
 * The page passes `missingNextCalendarYear(db)`.
 */
export function CalendarNotice({ missingYear, showLink = false }: { missingYear: number | undefined; showLink?: boolean }) {
  if (!missingYear) return null;
  return (
    <Alert kind="info">
      工作日历尚未录入 {missingYear} 年放假安排，落在 {missingYear} 年的答复期限暂显示为“待定”。国务院办公厅通常于每年 11 月前后公布次年安排，公布后请及时录入
      {showLink ? (
        <>
          （<Link href="/admin/calendar">工作日历</Link>）
        </>
      ) : null}
      。
    </Alert>
  );
}
