"use client";

import "./applications.css";
import Link from "next/link";
import { useCallback, useState } from "react";
import { useFieldArray, useForm, useWatch, type FieldErrors } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { webApplicationSchema, type ApplicationFormValues, type ApplicationInput } from "@/lib/applications/schema";
import { CARRIER_FORMS, DELIVERY_METHODS } from "@/lib/applications/vocabulary";
import type { AgencyChoice, ApplicantProfile } from "@/lib/applications/form-context";
import { PRIVACY_NOTICE_PATH } from "@/lib/applications/privacy-notice";
import { APPLICATION_FEE_NOTE, APPLICATION_TIME_LIMIT_NOTES } from "@/lib/applications/time-limit-notes";
import { IDENTITY_PROOF_ACCEPT, IDENTITY_PROOF_LIMITS, IDENTITY_PROOF_TEXT, identityProofSelectionProblem } from "@/lib/applications/identity-proof-rules";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { ErrorSummary, useErrorSummary, type SummaryError } from "@/components/ui/error-summary";
import { FilePicker } from "@/components/ui/file-picker";
import { flattenFormErrors } from "@/lib/validation/error-list";
import { ApplicantFields, blankApplication, ChoiceGroup, RequestItems } from "./application-sections";
import { ItemSuggestions } from "./item-suggestions";
import { useNamePerApplicantType } from "./use-name-per-applicant-type";
import { SubmissionReceipt, type ReceiptFacts } from "./submission-receipt";
import { PROOF_STATUS_TEXT, useProofOfWork } from "./use-proof-of-work";

const MAX_FILES = IDENTITY_PROOF_LIMITS.maxFiles;

/** Random key per form instance (also on plain-http intranets, where crypto.randomUUID is missing). */
function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

type Notice = { kind: "error" | "success" | "info"; text: string };

export function ApplicationForm({ agencies, profile, lookupUrl }: { agencies: AgencyChoice[]; profile: ApplicantProfile | null; lookupUrl: string }) {
  const [notice, setNotice] = useState<Notice>();
  const [receipt, setReceipt] = useState<ReceiptFacts>();
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string>();
  const [antiBotError, setAntiBotError] = useState<string>();
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const proof = useProofOfWork();
  const summary = useErrorSummary();

  const {
    register,
    control,
    handleSubmit,
    setError,
    getValues,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<ApplicationFormValues, unknown, ApplicationInput>({
    resolver: zodResolver(webApplicationSchema),
    defaultValues: blankApplication(agencies.length === 1 ? agencies[0]!.code : "", profile),
    shouldFocusError: false,
  });
  const items = useFieldArray({ control, name: "items" });
  const applicantType = useWatch({ control, name: "applicantType" });
  const agencyCode = useWatch({ control, name: "agency" }) ?? "";
  const methods = (useWatch({ control, name: "deliveryMethods" }) ?? []) as string[];
  const itemValues = useWatch({ control, name: "items" }) ?? [];
  const agency = agencies.find((a) => a.code === agencyCode);
  useNamePerApplicantType(
    applicantType,
    useCallback(() => getValues("applicant.name") ?? "", [getValues]),
    useCallback((name: string) => setValue("applicant.name", name, { shouldDirty: true }), [setValue]),
  );

  const checkFiles = (list: File[]): string | undefined => identityProofSelectionProblem(list);

  function addFiles(selected: File[]) {
    const next = [...files, ...selected].slice(0, MAX_FILES + 1);
    setFiles(next.slice(0, MAX_FILES));
    setFileError(next.length > MAX_FILES ? IDENTITY_PROOF_TEXT.tooMany : checkFiles(next));
  }

  function removeFile(index: number) {
    setFiles(files.filter((_, i) => i !== index));
  }

  const fileSummary = (message: string | undefined): SummaryError[] => (message ? [{ path: "identityProof", message, targetId: "identity-proof" }] : []);

  const onInvalid = (formErrors: FieldErrors<ApplicationFormValues>) => {
    const problem = checkFiles(files);
    setFileError(problem);
    setNotice(undefined);
    summary.show([...flattenFormErrors(formErrors), ...fileSummary(problem)]);
  };

  const onSubmit = handleSubmit(async (values) => {
    setNotice(undefined);
    setAntiBotError(undefined);
    const problem = checkFiles(files);
    setFileError(problem);
    if (problem) {
      summary.show(fileSummary(problem));
      return;
    }
    try {
      const solved = await proof.get();
      const body = new FormData();
      body.append("application", JSON.stringify(values));
      for (const file of files) body.append("identityProof", file, file.name);
      body.append("antiBot", JSON.stringify(solved));
      const response = await fetch("/api/apply/submit", { method: "POST", body, headers: { "Idempotency-Key": idempotencyKey } });
      const data = (await response.json().catch(() => ({}))) as {
        caseNumber?: string;
        trackingCode?: string;
        error?: string;
        errors?: { path: string; message: string }[];
      };
      if (response.status === 201 && data.caseNumber && data.trackingCode) {
        summary.clear();
        setReceipt({
          caseNumber: data.caseNumber,
          trackingCode: data.trackingCode,
          agencyName: agency?.name ?? "",
          submittedAt: new Date().toISOString(),
          emailed: Boolean(values.applicant.email),
        });
        window.scrollTo(0, 0);
        return;
      }
      if (response.status === 400 && data.errors) {
        const formErrors = data.errors.filter((e) => e.path !== "identityProof" && e.path !== "antiBot");
        applyServerErrors(setError, formErrors, { focus: false });
        const fileProblem = data.errors.find((e) => e.path === "identityProof");
        if (fileProblem) setFileError(fileProblem.message);
        const botProblem = data.errors.find((e) => e.path === "antiBot");
        if (botProblem) {
          setAntiBotError(botProblem.message);
          void proof.renew().catch(() => {});
        }
        summary.show(data.errors.map((e) => (e.path === "identityProof" ? { ...e, targetId: "identity-proof" } : e)));
        return;
      }
      if (response.status === 409) {
        // The key was used for other content (e.g. changed after a lost answer): a new click files anew.
        setIdempotencyKey(newIdempotencyKey());
        setNotice({
          kind: "error",
          text: "您此前从本页提交过内容不同的申请（可能在网络中断前已提交成功）。如确需作为一份新的申请提交，请再次点击“提交申请”。",
        });
        return;
      }
      setNotice({ kind: "error", text: data.error ?? `提交未成功（错误代码 ${response.status}）。填写的内容仍保留在页面上，请稍后重试。` });
    } catch {
      setNotice({
        kind: "error",
        text: "网络连接中断，申请可能未提交。填写的内容仍保留在页面上，请稍后再次点击“提交申请”——重复提交不会产生两份申请。",
      });
    }
  }, onInvalid);

  if (receipt) return <SubmissionReceipt facts={receipt} lookupUrl={lookupUrl} />;

  return (
    <div className="apply-layout">
      <form className="form apply-form" onSubmit={onSubmit} noValidate method="post" aria-label="政府信息公开申请表">
        <ErrorSummary {...summary.props} title="申请表中有需要修改的地方" />
        {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}

        <fieldset>
          <legend>受理机关</legend>
          <Field label="向哪个行政机关申请" required error={errors.agency?.message} hint="请选择掌握所需信息的行政机关。">
            {({ id, describedBy, invalid }) => (
              <select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("agency")}>
                <option value="">请选择</option>
                {agencies.map((choice) => (
                  <option key={choice.code} value={choice.code}>
                    {choice.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>

        <fieldset>
          <legend>申请人信息</legend>
          <ApplicantFields
            applicantType={applicantType}
            typeField={register("applicantType")}
            field={(name) => register(`applicant.${name}`)}
            errors={errors.applicant}
            deliveryMethods={methods}
            ownDetails
          />

          <FilePicker
            id="identity-proof"
            label="身份证明"
            required
            hint={IDENTITY_PROOF_TEXT.hint}
            error={fileError}
            accept={IDENTITY_PROOF_ACCEPT}
            files={files}
            onAdd={addFiles}
            onRemove={removeFile}
          />
        </fieldset>

        <fieldset>
          <legend>所需信息</legend>
          <p className="muted" style={{ margin: 0 }}>
            建议“一事一申请”：每项信息单独填写，描述越具体越便于查找。可点击“增加一项”填写多项。
          </p>
          <RequestItems
            items={items}
            field={(index, name) => register(`items.${index}.${name}`)}
            errors={errors.items}
            headingId="item-heading"
            ownDetails
            afterTitle={(index) => <ItemSuggestions title={itemValues[index]?.title ?? ""} agency={agencyCode} />}
          />
          <Field label="用途（可不填）" error={errors.purpose?.message} hint="申请政府信息无需说明用途。">
            {({ id, describedBy, invalid }) => <textarea id={id} rows={2} aria-describedby={describedBy} aria-invalid={invalid} {...register("purpose")} />}
          </Field>
        </fieldset>

        <fieldset>
          <legend>获取方式</legend>
          <ChoiceGroup legend="信息的提供载体形式" error={errors.carrierForms?.message} name="carrierForms" options={CARRIER_FORMS} field={register("carrierForms")} />
          <ChoiceGroup
            legend="获取信息的方式"
            error={errors.deliveryMethods?.message}
            name="deliveryMethods"
            options={DELIVERY_METHODS}
            field={register("deliveryMethods")}
          />
          <p className="muted" style={{ margin: 0 }}>
            行政机关无法按您选择的形式提供的，将通过其他适当形式提供（条例第四十条）。
          </p>
          <label style={{ display: "flex", gap: 8, alignItems: "center" }}>
            <input type="checkbox" {...register("needsAssistance")} /> 我需要阅读或视听障碍方面的协助（条例第四十三条）
          </label>
        </fieldset>

        <fieldset>
          <legend>提交</legend>
          <div className="field">
            <label className="confirm-line">
              <input
                type="checkbox"
                aria-invalid={Boolean(errors.declaration)}
                aria-describedby={errors.declaration ? "declaration-error" : undefined}
                {...register("declaration")}
              />
              <span className="required-mark">我承诺：以上填写的信息真实、准确</span>
            </label>
            {errors.declaration?.message ? (
              <span id="declaration-error" className="field-error" role="alert">
                {errors.declaration.message}
              </span>
            ) : null}
          </div>
          <p className="muted" style={{ margin: 0 }}>
            提交前请阅读<Link href={PRIVACY_NOTICE_PATH}>个人信息处理规则</Link>：您的个人信息仅用于办理本申请（《个人信息保护法》第十七条）。
          </p>
          <p role="status" aria-live="polite" className="muted" style={{ margin: 0 }} data-testid="anti-bot-status">
            {PROOF_STATUS_TEXT[proof.status]}
          </p>
          {antiBotError ? (
            <span className="field-error" role="alert">
              {antiBotError}
            </span>
          ) : null}
          <div className="form-actions">
            <button className="button" type="submit" disabled={isSubmitting}>
              {isSubmitting ? "正在提交…" : "提交申请"}
            </button>
          </div>
        </fieldset>
      </form>

      <aside className="panel aside-panel" aria-label="受理机关与办理时限">
        <h2>办理须知</h2>
        {agency ? (
          <dl>
            <dt>受理机关</dt>
            <dd>{agency.name}</dd>
            <dt>工作机构</dt>
            <dd>{agency.office.name}</dd>
            <dt>地址</dt>
            <dd>{agency.office.address}</dd>
            <dt>办公时间</dt>
            <dd>{agency.office.hours}</dd>
            <dt>咨询电话</dt>
            <dd>{agency.office.phone}</dd>
          </dl>
        ) : (
          <p className="muted">选择受理机关后，这里显示其政府信息公开工作机构的联系方式。</p>
        )}
        <h3>办理时限</h3>
        <ul>
          {APPLICATION_TIME_LIMIT_NOTES.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
        <p className="muted">{APPLICATION_FEE_NOTE}</p>
      </aside>
    </div>
  );
}
