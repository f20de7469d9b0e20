import { ValidationError } from "@/lib/errors";
import { buildWithdrawalConfirmation } from "@/lib/letters";
import { withdrawSchema } from "../../withdraw-schema";
import { defineStep, type StepTable } from "../step";
import { APPLICANT_RULES, WITHDRAWAL_WAY_LABELS } from "./applicant.rule";

/**
 * 撤回申请, recorded by a clerk when the applicant withdrew by phone, in writing or in person
 * (workflow.md §5 （六）3, Policy default). The same `withdrawn` event as the applicant's own
 * withdrawal online (lib/applications/withdraw-application.ts), dated the day the applicant
 * withdrew, with how; the 撤回确认 (not numbered) goes to the applicant.
 */
export const withdrawRecorded = defineStep("withdraw", {
  form: APPLICANT_RULES.withdraw.form,
  input: (form, { today, file }) => {
    const submittedOn = file.snapshot.submittedOn;
    if (form.withdrawnOn > today) throw new ValidationError([{ path: "withdrawnOn", message: `申请人撤回之日不能晚于今天（${today}）。` }]);
    if (form.withdrawnOn < submittedOn) {
      throw new ValidationError([{ path: "withdrawnOn", message: `申请人撤回之日不能早于申请提交之日（${submittedOn}）。` }]);
    }
    return { reason: `${WITHDRAWAL_WAY_LABELS[form.way]}撤回（${form.withdrawnOn}）：${form.statement}` };
  },
  effects: (form) => ({
    occurredOn: form.withdrawnOn,
    applicantVisible: true,
    reason: form.statement,
    payload: { way: form.way, recordedByStaff: true },
  }),
  letter: (form, { file }) => ({
    applicantVisible: true,
    build: (issue) =>
      buildWithdrawalConfirmation({
        agency: file.agency,
        date: issue.date,
        caseNumber: file.row.caseNumber,
        applicantName: file.row.applicantName,
        receivedOn: file.row.receivedOn,
        withdrawnOn: form.withdrawnOn,
      }),
  }),
});

/** 撤回申请 (workflow.md §6, decision （六）3): closed at the applicant's request, with a 撤回确认. */
export const withdrawOnline = defineStep("withdraw", {
  form: withdrawSchema,
  input: (form) => ({ reason: form.reason }),
  effects: (form, { today }) => ({ occurredOn: today, applicantVisible: true, reason: form.reason || null }),
  letter: (_form, { file, today }) => ({
    applicantVisible: true,
    build: () =>
      buildWithdrawalConfirmation({
        agency: file.agency,
        date: today,
        caseNumber: file.row.caseNumber,
        applicantName: file.row.applicantName,
        receivedOn: file.row.receivedOn,
        withdrawnOn: today,
      }),
  }),
});

/** The steps of this phase staff take in the workbench. */
export const staffSteps = { withdraw: withdrawRecorded } satisfies StepTable;

/** The steps of this phase the applicant takes online. */
export const applicantSteps = { withdraw: withdrawOnline } satisfies StepTable;
