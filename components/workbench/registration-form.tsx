"use client";

import { useState } from "react";
import Link from "next/link";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { registerApplicationAction } from "@/app/staff/applications/new/actions";
import {
  RECEIVED_ON_HINTS,
  REGISTRATION_CHANNEL_LABELS,
  REGISTRATION_CHANNELS,
  registrationFormSchema,
  type RegistrationChannel,
} from "@/lib/applications/workbench/registration-schema";
import { CARRIER_FORMS, DELIVERY_METHODS } from "@/lib/applications/vocabulary";
import { ApplicantFields, blankApplication, ChoiceGroup, RequestItems } from "@/components/applications/application-sections";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Field } from "@/components/ui/field";

type Values = z.input<typeof registrationFormSchema>;
type Output = z.output<typeof registrationFormSchema>;

function initialValues(agencyCode: string, today: string): Values {
  return {
    channel: "in_person",
    receivedOn: today,
    identityShownInPerson: true,
    application: blankApplication(agencyCode),
  };
}

interface Registered {
  applicationId: string;
  caseNumber: string;
  trackingCode: string;
  letterId: string | null;
}

/**
 * 登记线下申请 (条例第二十九、三十一条): staff fill in the same application form for a letter, fax,
 * e-mail, a visit or an oral request, with the receipt date its channel's rule gives. The shared
 * zod schema checks it in the browser and again on the server; errors stay next to their fields
 * and nothing typed is lost.
 */
export function RegistrationForm({ agencyCode, today }: { agencyCode: string; today: string }) {
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string }>();
  const [registered, setRegistered] = useState<Registered>();
  const {
    register,
    control,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, Output>({ resolver: zodResolver(registrationFormSchema), defaultValues: initialValues(agencyCode, today) });
  const items = useFieldArray({ control, name: "application.items" });
  const channel = useWatch({ control, name: "channel" }) as RegistrationChannel;
  const applicantType = useWatch({ control, name: "application.applicantType" });
  const methods = (useWatch({ control, name: "application.deliveryMethods" }) ?? []) as string[];

  const onSubmit = handleSubmit(
    async () => {
      setNotice(undefined);
      try {
        // The form's own values: the server parses them with the same schema (and sets the clerk's agency).
        const result = await registerApplicationAction(getValues());
        if (!result.ok || !result.data) {
          applyServerErrors(setError, result.errors);
          setNotice({ kind: "error", text: result.message ?? "登记未成功，请按提示修改。" });
          return;
        }
        setRegistered(result.data);
        window.scrollTo(0, 0);
      } catch {
        setNotice({ kind: "error", text: "网络连接中断，登记可能未完成。填写的内容仍保留在页面上，请先在收件箱核对后再重试。" });
      }
    },
    () => setNotice({ kind: "error", text: "申请表中有需要修改的地方，请按各项下方的提示修改后重新提交。" }),
  );

  if (registered) {
    return (
      <section className="panel" aria-labelledby="registered-heading">
        <h2 id="registered-heading">已登记并确认收到</h2>
        <Alert kind="success">
          受理编号 <strong data-testid="registered-case-number">{registered.caseNumber}</strong>
          ，查询码 <strong>{registered.trackingCode}</strong>（只显示这一次，请交给申请人或写入回执）。
        </Alert>
        <p>
          <Link href={`/staff/applications/${registered.applicationId}`}>打开申请办理页</Link>
          {registered.letterId ? (
            <>
              {" · "}
              <Link href={`/staff/applications/${registered.applicationId}/letters/${registered.letterId}`}>打印《申请接收回执》</Link>
            </>
          ) : null}
          {" · "}
          <Link href="/staff/applications">返回收件箱</Link>
        </p>
      </section>
    );
  }

  return (
    <form className="form apply-form" onSubmit={onSubmit} noValidate aria-label="登记线下申请">
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      <fieldset>
        <legend>收到方式和日期（条例第三十一条）</legend>
        <div className="field-row">
          <Field label="申请方式" required error={errors.channel?.message}>
            {({ id, describedBy, invalid }) => (
              <select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("channel")}>
                {REGISTRATION_CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {REGISTRATION_CHANNEL_LABELS[c]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="收到申请之日" required error={errors.receivedOn?.message} hint={RECEIVED_ON_HINTS[channel] ?? ""}>
            {({ id, describedBy, invalid }) => <input id={id} type="date" max={today} aria-describedby={describedBy} aria-invalid={invalid} {...register("receivedOn")} />}
          </Field>
        </div>
        <label style={{ display: "flex", gap: 8, alignItems: "center" }}>
          <input type="checkbox" {...register("identityShownInPerson")} /> 已当面查验申请人的身份证明（条例第二十九条）
        </label>
      </fieldset>

      <fieldset>
        <legend>申请人信息</legend>
        <ApplicantFields
          applicantType={applicantType}
          typeField={register("application.applicantType")}
          field={(name) => register(`application.applicant.${name}`)}
          errors={errors.application?.applicant}
          deliveryMethods={methods}
          ownDetails={false}
        />
      </fieldset>

      <fieldset>
        <legend>所需信息</legend>
        <RequestItems
          items={items}
          field={(index, name) => register(`application.items.${index}.${name}`)}
          errors={errors.application?.items}
          headingId="reg-item"
          ownDetails={false}
        />
      </fieldset>

      <fieldset>
        <legend>获取方式</legend>
        <ChoiceGroup
          legend="信息的提供载体形式"
          name="carrierForms"
          error={errors.application?.carrierForms?.message}
          options={CARRIER_FORMS}
          field={register("application.carrierForms")}
        />
        <ChoiceGroup
          legend="获取信息的方式"
          name="deliveryMethods"
          error={errors.application?.deliveryMethods?.message}
          options={DELIVERY_METHODS}
          field={register("application.deliveryMethods")}
        />
        <label style={{ display: "flex", gap: 8, alignItems: "center" }}>
          <input type="checkbox" {...register("application.needsAssistance")} /> 申请人需要阅读或视听障碍方面的协助（条例第四十三条）
        </label>
      </fieldset>

      <div className="form-actions">
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? "正在登记…" : "登记并确认收到"}
        </button>
      </div>
    </form>
  );
}
