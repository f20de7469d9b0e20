import { z } from "@/lib/validation/zod";
import { text } from "../ledger-schema";
import { defineStep } from "../step";
import { formField, stepForm } from "./form-fields";
import { nothing } from "./rule";

/**
 * 一键转交 (条例第三十六条第五项): the agency answered 不属于本机关负责公开 and named the responsible
 * agency, which is on this platform; the applicant consents to filing the same request there.
 */
export const referralForm = stepForm({
  consent: formField(z.literal(true, "请先勾选同意，才能把申请转交给负责公开的机关。"), {
    label: "我同意将本申请的申请人信息、申请内容和身份证明提交给负责公开的机关",
    widget: "checkbox",
  }),
});

/** The responsible agency the approved reply named, when it is on this platform. */
export function responsibleAgencyOnPlatform(draft: { responsibleAgency?: { name?: string; agencyId?: string } | { undeterminedReason: string } } | null) {
  const agency = draft?.responsibleAgency;
  return agency && "agencyId" in agency && agency.agencyId ? { id: agency.agencyId, name: agency.name ?? "" } : null;
}

/** What the referral records on the first application: where the request went. */
export const REFERRAL_EVENTS = {
  referredToResponsibleAgency: z.object({ agencyId: text, agencyName: text, applicationId: text, caseNumber: text }),
};
type ReferralEvents = typeof REFERRAL_EVENTS;
declare module "../ledger-schema" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: this phase's events join the registry
  interface LedgerPayloads extends ReferralEvents {}
}

/** Referral to the responsible agency on the platform (条例第三十六条第五项). */
export const REFERRAL_STEPS = {
  /**
   * 转交负责公开的机关: after the reply 不属于本机关负责公开 (（五）) names an agency hosted here, the
   * applicant files the same request there with one click and explicit consent. This application
   * keeps its reply and its report row (annual-report.md: the Policy default row of 第三十六条第五项);
   * the new one is an application of the other agency, received when that agency confirms it.
   */
  referToResponsibleAgency: defineStep({
    input: nothing,
    form: referralForm,
    label: "转交负责公开的机关",
    from: ["replied"],
    to: "unchanged",
    roles: ["citizen"],
    takenBy: ["applicant"],
    event: "referredToResponsibleAgency",
    timeline: "申请人同意将申请转交负责公开的机关",
    letter: null,
    basis: "条例第三十六条第五项",
    whenArchived: true,
    when: (s) => {
      if (s.decision !== "notThisAgency" || !responsibleAgencyOnPlatform(s.draft)) return "只有答复“不属于本机关负责公开”并指明本平台上的负责机关的申请才能转交。";
      return s.referredOn ? `本申请已于${s.referredOn}转交负责公开的机关。` : null;
    },
    toInput: () => ({}),
    record: async (_form, { file, services, today }) => {
      const agency = responsibleAgencyOnPlatform(file.snapshot.draft)!;
      const referral = await services.fileReferral(agency.id);
      return {
        occurredOn: today,
        applicantVisible: true,
        payload: { agencyId: agency.id, agencyName: referral.agencyName, applicationId: referral.id, caseNumber: referral.caseNumber },
      };
    },
  }),
};
