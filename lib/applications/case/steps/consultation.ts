import { z } from "@/lib/validation/zod";
import { CONSULTATION_REPLY_WORKING_DAYS } from "@/lib/clock/rules";
import { compareLocalDate } from "@/lib/calendar";
import { hasPassed, pauseDeadline } from "@/lib/workflow/deadlines";
import { findConsultation, first, isOpenConsultation, openConsultations, openReleaseWaits, requirePastDate, requireText } from "@/lib/workflow/guards";
import { date } from "./rule";
import { choicesOf, dateText, formField, optionalEmail, optionalText, requiredText, stepForm, today } from "./form-fields";
import { ValidationError } from "@/lib/errors";
import { assertNoApplicantData, buildConsultationLetter, buildThirdPartyNotice } from "@/lib/letters";
import type { CaseFile } from "../case-file";
import { letterSettingsOf } from "../facts";
import { letterText } from "../letter-text";
import { defineStep } from "../step";
import { CONSULTEE_KINDS, eventsOfType, flag, pause, pauseId, text } from "../ledger-schema";

export const CONSULTEE_LABELS: Record<(typeof CONSULTEE_KINDS)[number], string> = {
  thirdParty: "第三方（条例第三十二条）",
  coMakingAgency: "共同制作机关（条例第三十四条）",
  otherAgency: "其他机关（条例第三十三条第二款）",
};

const NO_PERSONAL_DATA = "不得写入申请人的姓名、联系方式等个人信息。";
const consultationChoices = choicesOf((ctx) => ctx.openConsultations);

export const consultationForm = stepForm(
  {
    kind: formField(z.enum(CONSULTEE_KINDS, "请选择征求意见的对象类型。"), { label: "征求意见对象类型", widget: "select", choices: CONSULTEE_LABELS }),
    consultee: formField(requiredText("被征求意见方名称", 200), { label: "被征求意见方名称", widget: "text" }),
    information: formField(requiredText("所涉政府信息（不得含申请人个人信息）"), { label: "所涉政府信息", widget: "textarea", hint: NO_PERSONAL_DATA }),
    whyAffected: formField(optionalText(), { label: "可能影响其权益的原因", widget: "textarea" }),
    sentOn: formField(dateText("征求意见书发出之日"), { label: "征求意见书发出之日", widget: "date", initial: today }),
    email: formField(optionalEmail(), {
      label: "被征求意见方电子邮箱（可不填）",
      widget: "text",
      optional: true,
      hint: "填写的，征求意见书连同在线提出意见的链接和验证码即以电子邮件发出，发出之日为今天。",
    }),
  },
  "出具《征求意见书》；征求意见期间不计入答复期限。",
);

export const consultationDeliveryForm = stepForm({
  consultationId: formField(requiredText("征求意见"), {
    label: "征求意见",
    widget: "select",
    choices: choicesOf((ctx) => ctx.openConsultations.filter((c) => !c.delivered)),
  }),
  deliveredOn: formField(dateText("送达日期"), { label: "送达日期", widget: "date", initial: today }),
});

export const consultationEndForm = stepForm(
  { consultationId: formField(requiredText("征求意见"), { label: "征求意见", widget: "select", choices: consultationChoices }) },
  `被征求意见方自收到征求意见书之日起${CONSULTATION_REPLY_WORKING_DAYS}个工作日内未提出意见的，结束征求意见，由本机关依照条例规定决定是否公开（条例第三十二条）。`,
);

export const consultationOpinionForm = stepForm({
  consultationId: formField(requiredText("征求意见"), { label: "征求意见", widget: "select", choices: consultationChoices }),
  receivedOn: formField(dateText("收到意见之日"), { label: "收到意见之日", widget: "date", initial: today }),
  objects: formField(z.enum(["yes", "no"], "请选择对方是否同意公开。"), {
    label: "对方是否不同意公开",
    widget: "select",
    choices: { no: "同意公开", yes: "不同意公开" },
  }),
  summary: formField(requiredText("意见摘要"), { label: "意见摘要", widget: "textarea" }),
});

export const thirdPartyNoticeForm = stepForm(
  {
    consultationId: formField(requiredText("第三方意见"), { label: "不同意公开的第三方", widget: "select", choices: choicesOf((ctx) => ctx.objectingThirdParties) }),
    information: formField(requiredText("决定公开的政府信息内容（不得含申请人个人信息）"), { label: "决定公开的政府信息", widget: "textarea", hint: NO_PERSONAL_DATA }),
    reasons: formField(requiredText("决定公开的理由（不公开可能对公共利益造成重大影响）"), {
      label: "决定公开的理由（不公开可能对公共利益造成重大影响）",
      widget: "textarea",
    }),
  },
  "向第三方出具告知书（条例第三十二条），载明公开日期和救济途径；送达后开始公开前等待期。",
);

export const thirdPartyDeliveryForm = stepForm(
  {
    consultationId: formField(requiredText("第三方告知书"), { label: "第三方告知书", widget: "select", choices: choicesOf((ctx) => ctx.notifiedThirdParties) }),
    deliveredOn: formField(dateText("告知书送达第三方之日"), { label: "送达第三方之日", widget: "date", initial: today }),
  },
  "等待期自送达之日起计算，期间不计入答复期限（本机关规定）。",
);

export const releaseWaitForm = stepForm(
  { releaseWaitId: formField(requiredText("等待期"), { label: "等待期", widget: "select", choices: choicesOf((ctx) => ctx.releaseWaits) }) },
  "公开日期已到：等待期结束，答复期限恢复计算。",
);

/** The name the 征求意见书 was addressed to (kept in its consultationSent event). */
function consulteeName(file: CaseFile, consultationId: string): string {
  const sent = eventsOfType(file.events, "consultationSent").find((e) => e.payload.pauseId === consultationId);
  return sent?.payload.consulteeName ?? "第三方";
}

/** The applicant's identifiers a letter to a third party must not contain (letters.md). */
export function applicantIdentifiers(file: CaseFile): string[] {
  const r = file.row;
  return [r.applicantName, r.phone, r.email ?? "", r.contactName ?? "", r.legalRepresentative ?? "", r.address ?? "", r.fax ?? ""];
}

/** What each step of this phase records in the ledger: its event's payload (lenient, see case/ledger-fields.ts). */
export const CONSULTATION_EVENTS = {
  consultationSent: z.object({ pauseId, consultee: z.enum(CONSULTEE_KINDS).optional().catch(undefined), consulteeName: text, information: text }),
  consultationDelivered: pause,
  /** `online`: filed by the consultee through the invitation (no staff member recorded it). */
  consultationAnswered: z.object({ pauseId, objects: flag, summary: text, online: flag }),
  consultationEnded: pause,
  thirdPartyNotified: z.object({ pauseId, information: text }),
  releaseWaitStarted: z.object({ pauseId, consultationId: text, releaseOn: text }),
  releaseWaitEnded: pause,
};
type ConsultationEvents = typeof CONSULTATION_EVENTS;
declare module "../ledger-schema" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: this phase's events join the registry
  interface LedgerPayloads extends ConsultationEvents {}
}


/** Consultations and the third party's release wait (条例第十五、三十二、三十三、三十四条). */
export const CONSULTATION_STEPS = {
  /**
   * 征求意见 (条例第三十二、三十三、三十四条): the 征求意见书 goes to the consultee, never with the
   * applicant's personal data; the clock pauses from the day it is sent (workflow.md §4).
   */
  startConsultation: defineStep({
    input: z.object({ kind: z.enum(CONSULTEE_KINDS), consultee: z.string(), information: z.string(), sentOn: date, email: z.string() }),
    form: consultationForm,
    label: "征求意见",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    takenBy: ["staff"],
    event: "consultationSent",
    timeline: "发出征求意见书",
    letter: "consultationLetter",
    basis: "条例第三十二条、第三十三条第二款、第三十四条",
    check: (s, input, { today }) =>
      first(
        () =>
          ["thirdParty", "coMakingAgency", "otherAgency"].includes(input.kind)
            ? null
            : "请选择征求意见的对象类型（第三方、共同制作机关或其他机关）。",
        () => requireText(input.consultee, "被征求意见方"),
        () => requireText(input.information, "所涉政府信息"),
        () => requirePastDate(input.sentOn, "征求意见书发出之日", today, { date: s.receivedOn!, what: "收到申请之日" }),
        // The e-mail queued with the step is the sending (workflow.md §4: the pause starts the day it is sent).
        () => (input.email && input.sentOn !== today ? "以电子邮件发送征求意见书的，发出之日为今天，请修改发出之日。" : null),
      ),
    toInput: (form) => ({ kind: form.kind, consultee: form.consultee, information: form.information, sentOn: form.sentOn, email: form.email }),
    // The pause id is the step's own id, so the invitation its letter prints belongs to this consultation.
    record: (form, { newId }) => ({
      occurredOn: form.sentOn,
      applicantVisible: true,
      payload: { pauseId: newId, consultee: form.kind, consulteeName: form.consultee, information: form.information },
    }),
    letterPlan: (form, { file, newId, services }) => ({
      applicantVisible: false,
      build: async (issue) => {
        // Issue 16.4: every 征求意见书 carries a one-time link and code to answer online (条例第三十二条).
        const online = await services.inviteConsultee(newId);
        const letter = buildConsultationLetter({
          agency: letterSettingsOf(file.agency),
          issue,
          consultee: { name: form.consultee, kind: form.kind },
          information: form.information,
          whyAffected: form.whyAffected,
          online,
        });
        try {
          assertNoApplicantData(letter, [file.row.applicantName, file.row.phone, file.row.email ?? "", file.row.contactName ?? ""]);
        } catch (error) {
          if (error instanceof RangeError) throw new ValidationError([{ path: "information", message: error.message }]);
          throw error;
        }
        if (form.email) await services.mailConsultee({ to: form.email, subject: `征求意见书 ${issue.number}：${file.agency.name}`, text: letterText(letter) });
        return letter;
      },
    }),
  }),
  recordConsultationDelivery: defineStep({
    input: z.object({ consultationId: z.string(), deliveredOn: date }),
    form: consultationDeliveryForm,
    label: "记录征求意见书送达",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    takenBy: ["staff"],
    event: "consultationDelivered",
    timeline: "征求意见书已送达",
    letter: null,
    basis: "条例第三十二条",
    when: (s) => (openConsultations(s).some((c) => !c.deliveredOn) ? null : "没有待记录送达的征求意见。"),
    check: (s, input, { today }) => {
      const c = findConsultation(s, input.consultationId);
      if (!c || !isOpenConsultation(c)) return "该征求意见不存在或已结束。";
      if (c.deliveredOn) return "已记录该征求意见书的送达日期。";
      return requirePastDate(input.deliveredOn, "送达日期", today, { date: c.sentOn, what: "发出之日" });
    },
    toInput: (form) => ({ consultationId: form.consultationId, deliveredOn: form.deliveredOn }),
    record: (form) => ({ occurredOn: form.deliveredOn, applicantVisible: false, payload: { pauseId: form.consultationId } }),
  }),
  /**
   * The opinion ends the pause (Eᵢ); an objection of a third party binds the later reply (条例第三十二条).
   * The consultee may also file it online through the invitation on the 征求意见书 (issue 16.4): then
   * the `system` party takes this same step on the consultee's behalf (lib/applications/consultation-online),
   * rather than a party kind of its own — the consultee has no account, and the invitation, checked
   * before the step, is its whole authority; the ledger names the consultee as the actor.
   */
  recordConsultationOpinion: defineStep({
    input: z.object({ consultationId: z.string(), receivedOn: date, objects: z.boolean(), summary: z.string() }),
    form: consultationOpinionForm,
    label: "记录反馈意见",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk", "system"],
    takenBy: ["staff", "system"],
    event: "consultationAnswered",
    timeline: "收到征求意见答复",
    letter: null,
    basis: "条例第三十二条、第三十四条",
    when: (s) => (openConsultations(s).length > 0 ? null : "没有进行中的征求意见。"),
    check: (s, input, { today }) => {
      const c = findConsultation(s, input.consultationId);
      if (!c || !isOpenConsultation(c)) return "该征求意见不存在或已结束。";
      return first(
        () => requirePastDate(input.receivedOn, "收到意见之日", today, { date: c.deliveredOn ?? c.sentOn, what: "征求意见书送达（发出）之日" }),
        () => (typeof input.objects === "boolean" ? null : "请选择对方是否同意公开。"),
        () => requireText(input.summary, "意见摘要"),
      );
    },
    toInput: (form) => ({ consultationId: form.consultationId, receivedOn: form.receivedOn, objects: form.objects === "yes", summary: form.summary }),
    record: (form, { staff }) => ({
      occurredOn: form.receivedOn,
      applicantVisible: true,
      payload: { pauseId: form.consultationId, objects: form.objects === "yes", summary: form.summary, ...(staff ? {} : { online: true }) },
    }),
  }),
  /**
   * 结束征求意见: the consultee's 15 working days passed without an opinion (条例第三十二、三十四条), so
   * the consultation ends and the agency decides on its own (a third party's silence is no consent
   * to withhold). The worker does it; a clerk may do it first. The clock already ended the pause on
   * that deadline; this closes the record.
   */
  endConsultation: defineStep({
    input: z.object({ consultationId: z.string() }),
    form: consultationEndForm,
    label: "结束征求意见",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk", "system"],
    takenBy: ["staff", "system"],
    event: "consultationEnded",
    timeline: "征求意见结束",
    letter: null,
    basis: "条例第三十二条、第三十四条",
    when: (s, { clock, today }) => {
      const open = openConsultations(s);
      // A clerk's click can come just after the worker's pass ended it: say so, not "nothing expired".
      if (open.length === 0) return "征求意见已结束（期限届满未收到意见的，系统已于届满次日自动结束）。";
      return open.some((c) => hasPassed(pauseDeadline(clock, "consultation", c.id), today)) ? null : "没有期限已届满的征求意见。";
    },
    // Ends a consultation whose 15 working days passed without an opinion (条例第三十二、三十四条):
    // the worker does it, a clerk may do it first. Before the deadline a consultation ends only
    // with the opinion (recordConsultationOpinion), as lib/clock counts the pause.
    check: (s, input, ctx) => {
      const c = findConsultation(s, input.consultationId);
      if (!c || !isOpenConsultation(c)) return "该征求意见不存在或已结束。";
      const deadline = pauseDeadline(ctx.clock, "consultation", c.id);
      if (!deadline) return "征求意见期限待定（放假安排未公布），暂不能结束。";
      return hasPassed(deadline, ctx.today) ? null : `征求意见期限至${deadline}，尚未届满；收到意见的，请记录反馈意见。`;
    },
    toInput: (form) => ({ consultationId: form.consultationId }),
    record: (form, { today }) => ({ occurredOn: today, applicantVisible: true, payload: { pauseId: form.consultationId } }),
  }),
  /**
   * 告知第三方决定公开 (条例第十五条、第三十二条): the head of the disclosure office decides to disclose
   * over the third party's objection for the public interest; the 告知书 to the third party states
   * the information, the reasons, the release rule (Policy default: not before N working days after
   * delivery — the date is known once delivery is recorded) and the remedy clause, never the
   * applicant's data. The release wait itself starts on delivery (recordThirdPartyDelivery).
   */
  notifyThirdParty: defineStep({
    input: z.object({ consultationId: z.string(), information: z.string(), reasons: z.string() }),
    form: thirdPartyNoticeForm,
    label: "告知第三方决定公开",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["reviewer"],
    takenBy: ["staff"],
    event: "thirdPartyNotified",
    timeline: "告知第三方拟公开",
    letter: "thirdPartyNotice",
    basis: "条例第十五条、第三十二条",
    when: (s) =>
      s.consultations.some((c) => c.kind === "thirdParty" && c.opinion?.objects && !c.thirdPartyNotified)
        ? null
        : "没有不同意公开且尚未告知的第三方意见。",
    check: (s, input) => {
      const c = findConsultation(s, input.consultationId);
      if (!c || c.kind !== "thirdParty" || !c.opinion?.objects) return "只有第三方不同意公开时才需发出此告知书。";
      if (c.thirdPartyNotified) return "已向该第三方发出告知书。";
      return first(
        () => requireText(input.information, "决定公开的政府信息内容"),
        () => requireText(input.reasons, "决定公开的理由（不公开可能对公共利益造成重大影响）"),
      );
    },
    toInput: (form) => ({ consultationId: form.consultationId, information: form.information, reasons: form.reasons }),
    record: (form, { today }) => ({
      occurredOn: today,
      applicantVisible: false,
      reason: form.reasons,
      payload: { pauseId: form.consultationId, information: form.information },
    }),
    letterPlan: (form, { file }) => ({
      applicantVisible: false,
      build: (issue) => {
        const letter = buildThirdPartyNotice({
          agency: letterSettingsOf(file.agency),
          issue,
          thirdPartyName: consulteeName(file, form.consultationId),
          information: form.information,
          reasons: form.reasons,
          releaseWaitWorkingDays: file.policy.releaseWaitWorkingDays,
        });
        try {
          assertNoApplicantData(letter, applicantIdentifiers(file));
        } catch (error) {
          if (error instanceof RangeError) throw new ValidationError([{ path: "information", message: error.message }]);
          throw error;
        }
        return letter;
      },
    }),
  }),
  /**
   * 记录告知书送达第三方: the release wait (a pause record, Policy default on) starts on delivery;
   * lib/clock derives its release date from the agency's releaseWaitWorkingDays.
   */
  recordThirdPartyDelivery: defineStep({
    input: z.object({ consultationId: z.string(), deliveredOn: date }),
    form: thirdPartyDeliveryForm,
    label: "记录告知书送达第三方（开始等待期）",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    takenBy: ["staff"],
    event: "releaseWaitStarted",
    timeline: "等待公开",
    letter: null,
    basis: "条例第三十二条",
    when: (s) =>
      s.consultations.some((c) => c.thirdPartyNotified && !s.releaseWaits.some((w) => w.consultationId === c.id))
        ? null
        : "没有待记录送达的第三方告知书。",
    check: (s, input, { today }) => {
      const c = findConsultation(s, input.consultationId);
      if (!c?.thirdPartyNotified) return "尚未向该第三方发出告知书。";
      if (s.releaseWaits.some((w) => w.consultationId === c.id)) return "已记录该告知书的送达日期。";
      return requirePastDate(input.deliveredOn, "送达日期", today, { date: c.opinion!.receivedOn, what: "收到第三方意见之日" });
    },
    toInput: (form) => ({ consultationId: form.consultationId, deliveredOn: form.deliveredOn }),
    record: (form) => ({
      occurredOn: form.deliveredOn,
      applicantVisible: true,
      payload: { pauseId: crypto.randomUUID(), consultationId: form.consultationId },
    }),
  }),
  /**
   * 结束公开前等待期 (on or after the release date, lib/workflow): the wait ends on its release date,
   * not on the later day staff record it, so a late record never lengthens the pause.
   */
  endReleaseWait: defineStep({
    input: z.object({ releaseWaitId: z.string() }),
    form: releaseWaitForm,
    label: "结束公开前等待期",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk", "system"],
    takenBy: ["staff"],
    event: "releaseWaitEnded",
    timeline: "等待公开结束",
    letter: null,
    basis: "条例第三十二条",
    when: (s, { clock, today }) =>
      openReleaseWaits(s).some((w) => {
        const releaseOn = pauseDeadline(clock, "releaseWait", w.id);
        return releaseOn !== undefined && compareLocalDate(today, releaseOn) >= 0;
      })
        ? null
        : "没有已到公开日期的等待期。",
    check: (s, input, { clock, today }) => {
      const wait = s.releaseWaits.find((w) => w.id === input.releaseWaitId && w.endedOn === null);
      if (!wait) return "该等待期不存在或已结束。";
      const releaseOn = pauseDeadline(clock, "releaseWait", wait.id);
      if (!releaseOn) return "公开日期待定（放假安排未公布），暂不能结束等待期。";
      return compareLocalDate(today, releaseOn) >= 0 ? null : `等待期至${releaseOn}届满，届满前不得公开。`;
    },
    toInput: (form) => ({ releaseWaitId: form.releaseWaitId }),
    record: (form, { today, file }) => {
      const releaseOn = file.clock?.pauses.find((p) => p.kind === "releaseWait" && p.id === form.releaseWaitId)?.deadlineOn;
      return { occurredOn: releaseOn && releaseOn < today ? releaseOn : today, applicantVisible: true, payload: { pauseId: form.releaseWaitId } };
    },
  }),
};
