/** Test fixtures for the workflow rules: a received application of agency A, its actors and a context. */
import { defaultAgencyPolicy } from "@/lib/agencies/policy";
import type { LocalDate } from "@/lib/calendar";
import { officialCalendar } from "@/lib/calendar/test-support";
import { computeClock, DEFAULT_CLOCK_POLICY, type ClockEvent } from "@/lib/clock";
import type { DecisionDraft } from "./decision-draft";
import { SYSTEM_ACTOR, type ApplicationSnapshot, type RuleEnvironment, type WorkflowActor } from "./snapshot";

export const AGENCY = "agency-a";
export const OTHER_AGENCY = "agency-b";

export const actors = {
  clerk: { role: "clerk", userId: "u-clerk", agencyId: AGENCY },
  reviewer: { role: "reviewer", userId: "u-reviewer", agencyId: AGENCY },
  admin: { role: "admin", userId: "u-admin", agencyId: AGENCY },
  publisher: { role: "publisher", userId: "u-publisher", agencyId: AGENCY },
  citizen: { role: "citizen", userId: "u-applicant", agencyId: null },
  system: SYSTEM_ACTOR,
} satisfies Record<string, WorkflowActor>;

/** Received Monday 2025-03-03 (条例第三十一条); seven working days end 2025-03-12, twenty on 2025-03-31. */
export function snapshot(overrides: Partial<ApplicationSnapshot> = {}): ApplicationSnapshot {
  return {
    id: "app-1",
    agencyId: AGENCY,
    applicantUserId: "u-applicant",
    status: "in_progress",
    archived: false,
    channel: "online",
    submittedOn: "2025-03-01",
    receivedOn: "2025-03-03",
    parentId: null,
    referredFromId: null,
    referredOn: null,
    hasSubApplications: false,
    requestItemCount: 1,
    correction: null,
    explanationRequestedOn: null,
    laterReplyOn: null,
    extensions: [],
    consultations: [],
    feeNotices: [],
    releaseWaits: [],
    draft: null,
    decision: null,
    finishedOn: null,
    deliveredOn: null,
    rated: false,
    catalogueDraftCreated: false,
    imported: false,
    ...overrides,
  };
}

/** The receipt event the default clock is computed from. */
export const RECEIVED: ClockEvent = { type: "received", on: "2025-03-03" };

/** The rule environment of a test: lib/clock's state computed from the events as of `today`. */
export function environment(today: LocalDate, events: readonly ClockEvent[] = [RECEIVED]): RuleEnvironment {
  return {
    calendar: officialCalendar,
    policy: defaultAgencyPolicy,
    clock: computeClock(events, officialCalendar, DEFAULT_CLOCK_POLICY, today),
  };
}

const draft = (d: Partial<DecisionDraft> & Pick<DecisionDraft, "decision">): DecisionDraft => ({ reasons: "", ...d });

/** A complete draft of every draftable decision (letters.md: what each reply must say). */
export const COMPLETE_DRAFTS: DecisionDraft[] = [
  draft({ decision: "alreadyPublished", whereToObtain: "本机关门户网站政府信息公开目录" }),
  draft({ decision: "disclosed", provision: "见附件", releasedFiles: ["2024年预算.pdf"] }),
  draft({
    decision: "partlyDisclosed",
    provision: "见附件",
    disclosedPart: "合同正文",
    withheldParts: [{ part: "第3页个人身份证号码", ground: "notDisclosedThirdPartyRights", reason: "涉及个人隐私" }],
  }),
  draft({ decision: "notDisclosedStateSecret", reasons: "该文件已依法定密为秘密级" }),
  draft({ decision: "notDisclosedProcessInformation", reasons: "属于讨论记录" }),
  draft({ decision: "queryMatter", governingLaw: "《不动产登记暂行条例》", whereToObtain: "向不动产登记机构查询" }),
  draft({ decision: "notHeld", reasons: "经检索本机关档案，未找到" }),
  draft({ decision: "notThisAgency", reasons: "该信息由区住建委制作", responsibleAgency: { name: "津南区住房和建设委员会", contact: "022-88888888" } }),
  draft({ decision: "notThisAgency", reasons: "不属于本机关职责", responsibleAgency: { undeterminedReason: "无法确定制作机关" } }),
  draft({ decision: "needsNewProcessing", reasons: "需对多年数据重新汇总分析" }),
  draft({ decision: "unclearAfterCorrection", stillUnclear: "未写明所需文件的名称或时间范围" }),
  draft({ decision: "petition", properChannel: "津南区信访办" }),
  draft({ decision: "repeat", earlierReply: { number: "八里台依复〔2025〕3号", date: "2025-02-01" } }),
  draft({ decision: "publication", whereToObtain: "新华书店" }),
  draft({ decision: "unreasonableVolume", explanation: { given: "研究需要", whyNotAccepted: "一个月内提出200件申请" } }),
  draft({ decision: "confirmOrReissue", documentAlreadyHeld: "八里台政报〔2024〕27号" }),
];

