"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { fileOnlineOpinionAction, openInvitationAction } from "@/app/(public)/consultations/[token]/actions";
import type { InvitationView } from "@/lib/applications/consultation-online/online-opinion";
import { invitationCodeSchema, onlineOpinionSchema, type OnlineOpinionInput } from "@/lib/applications/consultation-online/opinion-schema";
import { CONSULTATION_REPLY_WORKING_DAYS } from "@/lib/clock/rules";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary, useErrorSummary } from "@/components/ui/error-summary";
import { applyServerErrors } from "@/components/ui/apply-server-errors";

const CONSULTEE_KIND: Record<InvitationView["consulteeKind"], string> = {
  thirdParty: "第三方（条例第三十二条）",
  coMakingAgency: "共同制作机关（条例第三十四条）",
  otherAgency: "其他机关（条例第三十三条第二款）",
};

/**
 * Two steps on one page: the code, then (with what it unlocked) the opinion. The code stays in
 * this component's state and goes with the opinion in the server action's body, never in the URL.
 */
export function OnlineOpinionForm({ token }: { token: string }) {
  const [opened, setOpened] = useState<{ view: InvitationView; code: string }>();
  const [filed, setFiled] = useState<{ receivedOn: string }>();
  if (filed) return <Alert kind="success">意见已提交。本机关已于{filed.receivedOn}收到贵方意见，将依照条例第三十二条的规定处理。该链接已失效。</Alert>;
  if (!opened) return <CodeForm token={token} onOpened={(view, code) => setOpened({ view, code })} />;
  return <OpinionForm token={token} code={opened.code} view={opened.view} onFiled={setFiled} />;
}

function CodeForm({ token, onOpened }: { token: string; onOpened: (view: InvitationView, code: string) => void }) {
  const [notice, setNotice] = useState<string>();
  const summary = useErrorSummary();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<{ code: string }>({ resolver: zodResolver(invitationCodeSchema), defaultValues: { code: "" }, shouldFocusError: false });
  const onSubmit = handleSubmit(async (values) => {
    setNotice(undefined);
    try {
      const result = await openInvitationAction(token, values);
      if (result.ok && result.data) return onOpened(result.data, values.code);
      applyServerErrors(setError, result.errors, { focus: false });
      if (result.errors?.length) summary.show(result.errors);
      setNotice(result.message ?? "验证未成功，请稍后重试。");
    } catch {
      setNotice("网络连接中断，请稍后重试。");
    }
  }, summary.onInvalid);
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="输入验证码">
      <ErrorSummary {...summary.props} />
      {notice ? <Alert kind="error">{notice}</Alert> : null}
      <Field label="验证码" required error={errors.code?.message} hint="见征求意见书（或电子邮件）中链接后的 8 位字母和数字。">
        {({ id, describedBy, invalid }) => <input id={id} autoComplete="off" spellCheck={false} aria-describedby={describedBy} aria-invalid={invalid} {...register("code")} />}
      </Field>
      <div>
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? "正在验证…" : "下一步"}
        </button>
      </div>
    </form>
  );
}

function OpinionForm({ token, code, view, onFiled }: { token: string; code: string; view: InvitationView; onFiled: (filed: { receivedOn: string }) => void }) {
  const [notice, setNotice] = useState<string>();
  const summary = useErrorSummary();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<OnlineOpinionInput>({
    resolver: zodResolver(onlineOpinionSchema),
    defaultValues: { code, opinion: undefined, reasons: "", contact: "" },
    shouldFocusError: false,
  });
  const onSubmit = handleSubmit(async (values) => {
    setNotice(undefined);
    try {
      const result = await fileOnlineOpinionAction(token, values);
      if (result.ok && result.data) return onFiled(result.data);
      applyServerErrors(setError, result.errors, { focus: false });
      if (result.errors?.length) summary.show(result.errors);
      setNotice(result.message ?? "提交未成功，请稍后重试。");
    } catch {
      setNotice("网络连接中断，请稍后重试。");
    }
  }, summary.onInvalid);
  return (
    <>
      <section aria-labelledby="consultation-heading">
        <h2 id="consultation-heading">征求意见事项</h2>
        <dl className="meta">
          <dt>征求意见机关</dt>
          <dd>{view.agencyName}</dd>
          <dt>被征求意见方</dt>
          <dd>
            {view.consulteeName}（{CONSULTEE_KIND[view.consulteeKind]}）
          </dd>
          {view.letterNumber ? (
            <>
              <dt>征求意见书文号</dt>
              <dd>{view.letterNumber}</dd>
            </>
          ) : null}
          <dt>所涉政府信息</dt>
          <dd>{view.information}</dd>
          <dt>提出意见的期限</dt>
          <dd>{view.deadline ? `${view.deadline}前（自收到征求意见书之日起${CONSULTATION_REPLY_WORKING_DAYS}个工作日）` : `自收到征求意见书之日起${CONSULTATION_REPLY_WORKING_DAYS}个工作日（放假安排公布后确定具体日期）`}</dd>
        </dl>
      </section>
      <form className="form" onSubmit={onSubmit} noValidate aria-label="提出意见">
        <ErrorSummary {...summary.props} />
        {notice ? <Alert kind="error">{notice}</Alert> : null}
        <fieldset className="field" aria-describedby={errors.opinion ? "opinion-error" : undefined}>
          <legend>是否同意公开（必填）</legend>
          <label style={{ fontWeight: 400 }}>
            <input type="radio" value="agree" {...register("opinion")} /> 同意公开
          </label>
          <label style={{ fontWeight: 400 }}>
            <input type="radio" value="object" {...register("opinion")} /> 不同意公开
          </label>
          {errors.opinion?.message ? (
            <span id="opinion-error" className="field-error" role="alert">
              {errors.opinion.message}
            </span>
          ) : null}
        </fieldset>
        <Field label="理由" error={errors.reasons?.message} hint="不同意公开的，必须说明理由（条例第三十二条）。">
          {({ id, describedBy, invalid }) => <textarea id={id} rows={5} aria-describedby={describedBy} aria-invalid={invalid} {...register("reasons")} />}
        </Field>
        <Field label="联系方式（可不填）" error={errors.contact?.message} hint="便于本机关就意见与贵方联系。">
          {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("contact")} />}
        </Field>
        <div>
          <button className="button" type="submit" disabled={isSubmitting}>
            {isSubmitting ? "正在提交…" : "提交意见"}
          </button>
        </div>
      </form>
    </>
  );
}
