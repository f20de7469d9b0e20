"use client";

import { Fragment, useState } from "react";
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
import { CARRIER_FORMS, DELIVERY_METHODS, ID_TYPES, ORG_KIND_LABELS, ORG_KINDS } from "@/lib/applications/vocabulary";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Field } from "@/components/ui/field";

type Values = z.input<typeof registrationFormSchema>;
type Output = z.output<typeof registrationFormSchema>;

const EMPTY_ITEM = { title: "", docNumber: "", indexNumber: "", description: "" };

function initialValues(agencyCode: string, today: string): Values {
  return {
    channel: "in_person",
    receivedOn: today,
    identityShownInPerson: true,
    application: {
      agency: agencyCode,
      applicantType: "person",
      applicant: {
        name: "",
        idType: "居民身份证",
        idNumber: "",
        employer: "",
        phone: "",
        orgKind: "",
        creditCode: "",
        legalRepresentative: "",
        contactName: "",
        contactPhone: "",
        email: "",
        fax: "",
        address: "",
        postcode: "",
      },
      items: [EMPTY_ITEM],
      purpose: "",
      carrierForms: [],
      deliveryMethods: [],
      needsAssistance: false,
      declaration: false,
    },
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
  const a = errors.application?.applicant;
  const itemErrors = errors.application?.items;

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
        <fieldset className="choice-group">
          <legend className="required-mark">申请人类型</legend>
          <div className="choices">
            <label>
              <input type="radio" value="person" {...register("application.applicantType")} /> 自然人
            </label>
            <label>
              <input type="radio" value="organization" {...register("application.applicantType")} /> 法人或其他组织
            </label>
          </div>
        </fieldset>
        {applicantType === "organization" ? (
          <Fragment key="organization">
            <Field label="名称" required error={a?.name?.message}>
              {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("application.applicant.name")} />}
            </Field>
            <div className="field-row">
              <Field label="组织类别" required error={a?.orgKind?.message}>
                {({ id, describedBy, invalid }) => (
                  <select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("application.applicant.orgKind")}>
                    <option value="">请选择</option>
                    {ORG_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {ORG_KIND_LABELS[kind]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label="统一社会信用代码" required error={a?.creditCode?.message}>
                {({ id, describedBy, invalid }) => <input id={id} autoComplete="off" aria-describedby={describedBy} aria-invalid={invalid} {...register("application.applicant.creditCode")} />}
              </Field>
            </div>
            <Field label="法定代表人/负责人" required error={a?.legalRepresentative?.message}>
              {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("application.applicant.legalRepresentative")} />}
            </Field>
            <div className="field-row">
              <Field label="联系人姓名" required error={a?.contactName?.message}>
                {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("application.applicant.contactName")} />}
              </Field>
              <Field label="联系人电话" required error={a?.contactPhone?.message}>
                {({ id, describedBy, invalid }) => <input id={id} inputMode="tel" aria-describedby={describedBy} aria-invalid={invalid} {...register("application.applicant.contactPhone")} />}
              </Field>
            </div>
          </Fragment>
        ) : (
          <Fragment key="person">
            <Field label="姓名" required error={a?.name?.message}>
              {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("application.applicant.name")} />}
            </Field>
            <div className="field-row">
              <Field label="证件类型" required error={a?.idType?.message}>
                {({ id, describedBy, invalid }) => (
                  <select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("application.applicant.idType")}>
                    {ID_TYPES.map((type) => (
                      <option key={type} value={type}>
                        {type}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label="证件号码" required error={a?.idNumber?.message}>
                {({ id, describedBy, invalid }) => <input id={id} autoComplete="off" aria-describedby={describedBy} aria-invalid={invalid} {...register("application.applicant.idNumber")} />}
              </Field>
            </div>
            <Field label="联系电话" required error={a?.phone?.message}>
              {({ id, describedBy, invalid }) => <input id={id} inputMode="tel" aria-describedby={describedBy} aria-invalid={invalid} {...register("application.applicant.phone")} />}
            </Field>
          </Fragment>
        )}
        <div className="field-row">
          <Field label="电子邮箱" error={a?.email?.message}>
            {({ id, describedBy, invalid }) => <input id={id} type="email" aria-describedby={describedBy} aria-invalid={invalid} {...register("application.applicant.email")} />}
          </Field>
          <Field label="传真" error={a?.fax?.message}>
            {({ id, describedBy, invalid }) => <input id={id} inputMode="tel" aria-describedby={describedBy} aria-invalid={invalid} {...register("application.applicant.fax")} />}
          </Field>
        </div>
        <div className="field-row">
          <Field label="通信地址" error={a?.address?.message}>
            {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("application.applicant.address")} />}
          </Field>
          <Field label="邮政编码" error={a?.postcode?.message}>
            {({ id, describedBy, invalid }) => <input id={id} inputMode="numeric" aria-describedby={describedBy} aria-invalid={invalid} {...register("application.applicant.postcode")} />}
          </Field>
        </div>
      </fieldset>

      <fieldset>
        <legend>所需信息</legend>
        {itemErrors?.message || itemErrors?.root?.message ? (
          <span className="field-error" role="alert">
            {itemErrors?.message ?? itemErrors?.root?.message}
          </span>
        ) : null}
        {items.fields.map((item, index) => (
          <div className="request-item" key={item.id} role="group" aria-labelledby={`reg-item-${index}`}>
            <h3 id={`reg-item-${index}`}>第 {index + 1} 项</h3>
            <Field label="信息名称" required error={itemErrors?.[index]?.title?.message}>
              {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register(`application.items.${index}.title`)} />}
            </Field>
            <div className="field-row">
              <Field label="文号" error={itemErrors?.[index]?.docNumber?.message}>
                {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register(`application.items.${index}.docNumber`)} />}
              </Field>
              <Field label="索引号" error={itemErrors?.[index]?.indexNumber?.message}>
                {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register(`application.items.${index}.indexNumber`)} />}
              </Field>
            </div>
            <Field label="内容描述" required error={itemErrors?.[index]?.description?.message}>
              {({ id, describedBy, invalid }) => <textarea id={id} rows={3} aria-describedby={describedBy} aria-invalid={invalid} {...register(`application.items.${index}.description`)} />}
            </Field>
            {items.fields.length > 1 ? (
              <div>
                <button type="button" className="button secondary" onClick={() => items.remove(index)}>
                  删除第 {index + 1} 项
                </button>
              </div>
            ) : null}
          </div>
        ))}
        <div>
          <button type="button" className="button secondary" onClick={() => items.append(EMPTY_ITEM)} disabled={items.fields.length >= 20}>
            增加一项
          </button>
        </div>
      </fieldset>

      <fieldset>
        <legend>获取方式</legend>
        <Choices legend="信息的提供载体形式" error={errors.application?.carrierForms?.message} options={CARRIER_FORMS}>
          {(option) => <input type="checkbox" value={option} {...register("application.carrierForms")} />}
        </Choices>
        <Choices legend="获取信息的方式" error={errors.application?.deliveryMethods?.message} options={DELIVERY_METHODS}>
          {(option) => <input type="checkbox" value={option} {...register("application.deliveryMethods")} />}
        </Choices>
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

function Choices({ legend, error, options, children }: { legend: string; error?: string; options: readonly string[]; children: (option: string) => React.ReactNode }) {
  const errorId = `${legend}-error`;
  return (
    <fieldset className="choice-group" aria-describedby={error ? errorId : undefined}>
      <legend className="required-mark">{legend}（可多选）</legend>
      <div className="choices">
        {options.map((option) => (
          <label key={option}>
            {children(option)} {option}
          </label>
        ))}
      </div>
      {error ? (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </fieldset>
  );
}
