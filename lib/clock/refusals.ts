import type { LocalDate } from "../calendar";
import { CORRECTION_NOTICE_WORKING_DAYS, MAX_EXTENSION_WORKING_DAYS } from "./rules";

/**
 * The legal refusals of workflow.md §4, as plain functions returning the reason
 * (in Chinese) or undefined. computeClock applies them to recorded events and
 * the guards (guards.ts) to proposed actions, so both say the same thing.
 * `dueInForce` is undefined when no due date is running out (clock paused,
 * awaiting correction, or the date lies in a year with no calendar yet).
 */

export function correctionRefusal(input: { alreadyRequested: boolean; on?: LocalDate; noticeDueOn?: LocalDate }): string | undefined {
  if (input.alreadyRequested) return "补正告知只能一次性发出，不得再次要求补正（条例第三十条）";
  if (input.on !== undefined && input.noticeDueOn !== undefined && input.on > input.noticeDueOn) {
    return `补正告知应自收到申请之日起${CORRECTION_NOTICE_WORKING_DAYS}个工作日内发出，期限已于${input.noticeDueOn}届满（条例第三十条）`;
  }
  return undefined;
}

export function extensionRefusal(input: {
  alreadyExtended: boolean;
  workingDays: number;
  on: LocalDate;
  dueInForce: LocalDate | undefined;
}): string | undefined {
  if (input.alreadyExtended) return "延期答复只能一次（条例第三十三条第一款）";
  if (!Number.isInteger(input.workingDays) || input.workingDays < 1 || input.workingDays > MAX_EXTENSION_WORKING_DAYS) {
    return `延长的期限应为1至${MAX_EXTENSION_WORKING_DAYS}个工作日（条例第三十三条第一款），不能是「${input.workingDays}」`;
  }
  if (input.dueInForce !== undefined && input.on > input.dueInForce) {
    return `延期须在答复期限（${input.dueInForce}）届满前经负责人同意并告知申请人（条例第三十三条第一款）`;
  }
  return undefined;
}

export function laterReplyDateRefusal(input: { on: LocalDate; replyDueOn: LocalDate; dueInForce: LocalDate | undefined }): string | undefined {
  if (input.dueInForce !== undefined && input.on > input.dueInForce) {
    return `答复期限（${input.dueInForce}）已届满，不能再确定延迟答复期限（条例第三十五条）`;
  }
  if (input.dueInForce !== undefined && input.replyDueOn <= input.dueInForce) {
    return `延迟答复的期限应晚于现行答复期限（${input.dueInForce}）（条例第三十五条）`;
  }
  if (input.replyDueOn < input.on) return `延迟答复的期限不能早于确定之日（${input.on}）（条例第三十五条）`;
  return undefined;
}

/** fees.md §3.2: the 收费通知书 is issued within the reply period. */
export function feeNoticeRefusal(input: { on: LocalDate; dueInForce: LocalDate | undefined }): string | undefined {
  if (input.dueInForce !== undefined && input.on > input.dueInForce) {
    return `收费通知书应在答复期限（${input.dueInForce}）内发出`;
  }
  return undefined;
}
