import type { Timeliness } from "@/lib/documents/timeliness";

/** 条例第二十六条 at a glance, in words (never colour alone). */
export function TimelinessTag({ value }: { value: Timeliness }) {
  switch (value.kind) {
    case "on_time":
      return <span className="status-tag on_time">按时公开（期限 {value.dueOn}）</span>;
    case "late":
      return (
        <span className="status-tag late">
          逾期公开（期限 {value.dueOn}{value.workingDaysLate !== undefined ? `，晚 ${value.workingDaysLate} 个工作日` : ""}）
        </span>
      );
    case "due":
      return (
        <span className="status-tag due">
          应于 {value.dueOn} 前公开{value.workingDaysLeft !== undefined ? `（剩 ${value.workingDaysLeft} 个工作日）` : ""}
        </span>
      );
    case "overdue":
      return (
        <span className="status-tag overdue">
          已超过公开期限 {value.dueOn}{value.workingDaysLate !== undefined ? `（${value.workingDaysLate} 个工作日）` : ""}
        </span>
      );
    default:
      return <span className="status-tag">公开期限待定（节假日安排未公布）</span>;
  }
}
