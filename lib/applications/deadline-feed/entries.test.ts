import { describe, expect, it } from "vitest";
import type { ClockState } from "@/lib/clock";
import { deadlineEntries } from "./entries";

const running: ClockState = {
  receivedOn: "2026-12-04",
  clockStartOn: "2026-12-04",
  budgetWorkingDays: 20,
  running: true,
  pauses: [],
  asOf: "2026-12-04",
  explanation: [{ basis: "条例第三十三条", text: "自2026-12-04收到申请之日起20个工作日" }],
  ignoredEvents: [],
};

describe("deadline feed entries (issue 16.5)", () => {
  it("the reply due date, with the article it rests on", () => {
    const [entry] = deadlineEntries({ ...running, replyDueOn: "2026-12-31" }, { audience: "applicant", finished: false });
    expect(entry).toMatchObject({ key: "reply", on: "2026-12-31", title: "答复期限" });
    expect(entry!.detail).toContain("条例第三十三条");
  });

  it("before the year's 放假安排 is published, the estimate is listed and called one", () => {
    const [entry] = deadlineEntries({ ...running, unknownYear: 2027, provisional: { replyDueOn: "2027-01-04", year: 2027 } }, { audience: "staff", finished: false });
    expect(entry).toMatchObject({ key: "reply", on: "2027-01-04", title: "答复期限（预计）" });
    expect(entry!.detail).toContain("预计 2027-01-04（2027年放假安排公布前按法定节日推算）");
  });

  it("the applicant's correction deadline while the correction is outstanding (条例第三十条)", () => {
    const clock: ClockState = { ...running, running: false, correction: { requestedOn: "2026-12-07", noticeLate: false }, correctionDueOn: "2026-12-28" };
    expect(deadlineEntries(clock, { audience: "applicant", finished: false }).map((e) => [e.key, e.on])).toEqual([["correction", "2026-12-28"]]);
    const received: ClockState = { ...clock, correction: { ...clock.correction!, receivedOn: "2026-12-10" } };
    expect(deadlineEntries(received, { audience: "applicant", finished: false })).toEqual([]);
  });

  it("a finished case, or one not yet received, lists nothing", () => {
    expect(deadlineEntries({ ...running, replyDueOn: "2026-12-31" }, { audience: "staff", finished: true })).toEqual([]);
    expect(deadlineEntries(null, { audience: "staff", finished: false })).toEqual([]);
  });
});
