"use client";

import { useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { decisionDraftForm, type DecisionDraftFormValues } from "@/lib/applications/case/steps/reply";
import type { DecisionDraft } from "@/lib/workflow/decision-draft";
import { DECISION_CODES, DECISIONS, NOT_DISCLOSED_GROUNDS, type DraftField } from "@/lib/workflow/decisions";
import { performApplicationAction } from "@/app/staff/applications/[id]/actions";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";

function valuesOf(draft: DecisionDraft | null): DecisionDraftFormValues {
  const agency = draft?.responsibleAgency;
  return {
    decision: draft?.decision ?? "disclosed",
    reasons: draft?.reasons ?? "",
    provision: draft?.provision ?? "",
    releasedFiles: (draft?.releasedFiles ?? []).join("、"),
    whereToObtain: draft?.whereToObtain ?? "",
    disclosedPart: draft?.disclosedPart ?? "",
    withheldParts: draft?.withheldParts ?? [],
    governingLaw: draft?.governingLaw ?? "",
    responsibleAgencyName: agency && "name" in agency ? agency.name : "",
    responsibleAgencyContact: agency && "name" in agency ? (agency.contact ?? "") : "",
    responsibleAgencyUndetermined: agency && "undeterminedReason" in agency ? agency.undeterminedReason : "",
    responsibleAgencyId: agency && "agencyId" in agency ? (agency.agencyId ?? "") : "",
    earlierReplyNumber: draft?.earlierReply?.number ?? "",
    earlierReplyDate: draft?.earlierReply?.date ?? "",
    stillUnclear: draft?.stillUnclear ?? "",
    properChannel: draft?.properChannel ?? "",
    explanationGiven: draft?.explanation?.given ?? "",
    explanationWhyNotAccepted: draft?.explanation?.whyNotAccepted ?? "",
    documentAlreadyHeld: draft?.documentAlreadyHeld ?? "",
  };
}

/**
 * 起草答复: the decision, then the facts letters.md requires of it (the fields shown follow
 * DECISIONS[decision].requiredFields); the server checks the same with validateDecisionDraft.
 */
export function DecisionDraftForm({
  applicationId,
  draft,
  platformAgencies,
}: {
  applicationId: string;
  draft: DecisionDraft | null;
  /** Other agencies on the platform: naming one lets the applicant forward the request with one click. */
  platformAgencies: { id: string; name: string; contact: string }[];
}) {
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string }>();
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    getValues,
    control,
    formState: { errors, isSubmitting },
  } = useForm<DecisionDraftFormValues>({ resolver: zodResolver(decisionDraftForm), defaultValues: valuesOf(draft) });
  const withheld = useFieldArray({ control, name: "withheldParts" });
  const decision = useWatch({ control, name: "decision" });
  const needs = new Set<DraftField>(DECISIONS[decision]?.requiredFields ?? []);

  const onSubmit = handleSubmit(async (values) => {
    setNotice(undefined);
    try {
      const result = await performApplicationAction(applicationId, "draftDecision", values);
      if (!result.ok) {
        applyServerErrors(setError, result.errors);
        setNotice({ kind: "error", text: result.message ?? "保存失败。" });
        return;
      }
      setNotice({ kind: "success", text: "答复书草稿已保存。" });
    } catch {
      setNotice({ kind: "error", text: "网络连接中断，填写的内容仍保留在页面上，请稍后重试。" });
    }
  });

  const text = (name: keyof DecisionDraftFormValues & string, label: string, required: boolean, hint?: string, rows = 2) => (
    <Field label={label} required={required} hint={hint} error={(errors[name] as { message?: string } | undefined)?.message}>
      {({ id, describedBy, invalid }) => <textarea id={id} rows={rows} aria-describedby={describedBy} aria-invalid={invalid} {...register(name)} />}
    </Field>
  );

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="起草答复">
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      <Field label="答复类型" required error={errors.decision?.message}>
        {({ id, describedBy, invalid }) => (
          <select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("decision")}>
            {DECISION_CODES.filter((code) => DECISIONS[code].draftable).map((code) => (
              <option key={code} value={code}>
                {DECISIONS[code].label}（{DECISIONS[code].basis ?? "—"}）
              </option>
            ))}
          </select>
        )}
      </Field>
      {text("reasons", "答复理由", needs.has("reasons"), undefined, 3)}
      {needs.has("provision") ? (
        <>
          {text("provision", "提供方式", true, "附件、链接，或领取的地点和时间（条例第四十条）。")}
          {text("releasedFiles", "所提供的信息（文件名，以顿号分隔）", false)}
        </>
      ) : null}
      {needs.has("whereToObtain") ? text("whereToObtain", "获取方式和途径", true) : null}
      {needs.has("withheldParts") ? (
        <fieldset>
          <legend>不予公开的部分（条例第三十七条）</legend>
          {text("disclosedPart", "予以公开的部分", false)}
          {errors.withheldParts?.message ? <p className="field-error">{errors.withheldParts.message}</p> : null}
          {withheld.fields.map((item, index) => (
            <div key={item.id} className="row-fields">
              <Field label={`第${index + 1}项：不予公开的内容`} required error={errors.withheldParts?.[index]?.part?.message}>
                {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register(`withheldParts.${index}.part`)} />}
              </Field>
              <Field label="法定情形" required error={errors.withheldParts?.[index]?.ground?.message}>
                {({ id, describedBy, invalid }) => (
                  <select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register(`withheldParts.${index}.ground`)}>
                    {NOT_DISCLOSED_GROUNDS.map((ground) => (
                      <option key={ground} value={ground}>
                        {DECISIONS[ground].label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label="理由" required error={errors.withheldParts?.[index]?.reason?.message}>
                {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register(`withheldParts.${index}.reason`)} />}
              </Field>
              <button type="button" className="button secondary" onClick={() => withheld.remove(index)}>
                删除此项
              </button>
            </div>
          ))}
          <button type="button" className="button secondary" onClick={() => withheld.append({ part: "", ground: "notDisclosedThirdPartyRights", reason: "" })}>
            添加不予公开的部分
          </button>
        </fieldset>
      ) : null}
      {needs.has("governingLaw") ? text("governingLaw", "对获取该信息有特别规定的法律、行政法规", true) : null}
      {needs.has("responsibleAgency") ? (
        <>
          <Field label="负责公开的机关在本平台上（可选，申请人可一键转交）" error={errors.responsibleAgencyId?.message}>
            {({ id, describedBy, invalid }) => (
              <select
                id={id}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                {...register("responsibleAgencyId", {
                  onChange: (event: { target: { value: string } }) => {
                    const chosen = platformAgencies.find((a) => a.id === event.target.value);
                    if (!chosen) return;
                    // The letter names the agency with its contacts (条例第三十六条第五项): prefill what is empty.
                    if (!getValues("responsibleAgencyName")) setValue("responsibleAgencyName", chosen.name);
                    if (!getValues("responsibleAgencyContact") && chosen.contact) setValue("responsibleAgencyContact", chosen.contact);
                  },
                })}
              >
                <option value="">不在本平台 / 不选择</option>
                {platformAgencies.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text("responsibleAgencyName", "负责公开该信息的行政机关", false)}
          {text("responsibleAgencyContact", "该机关的联系方式", false)}
          {text("responsibleAgencyUndetermined", "无法确定负责机关的原因（无法确定时填写）", false)}
        </>
      ) : null}
      {needs.has("earlierReply") ? (
        <>
          {text("earlierReplyNumber", "此前答复的文号", true)}
          <Field label="此前答复的日期" required error={errors.earlierReplyDate?.message}>
            {({ id, describedBy, invalid }) => <input id={id} type="date" aria-describedby={describedBy} aria-invalid={invalid} {...register("earlierReplyDate")} />}
          </Field>
        </>
      ) : null}
      {needs.has("stillUnclear") ? text("stillUnclear", "补正后仍不明确的内容", true) : null}
      {needs.has("properChannel") ? text("properChannel", "信访、投诉、举报的渠道", true) : null}
      {needs.has("explanation") ? (
        <>
          {text("explanationGiven", "申请人说明的理由", true)}
          {text("explanationWhyNotAccepted", "不予采纳的原因", true)}
        </>
      ) : null}
      {needs.has("documentAlreadyHeld") ? text("documentAlreadyHeld", "申请人已获取的文书", true) : null}
      <div>
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? "正在保存…" : "保存答复书草稿"}
        </button>
      </div>
    </form>
  );
}
