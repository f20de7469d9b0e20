"use client";

import { Fragment } from "react";
import type { FieldArrayWithId, FieldErrors, UseFormRegisterReturn } from "react-hook-form";
import type { ApplicantProfile } from "@/lib/applications/form-context";
import type { ApplicationFormValues } from "@/lib/applications/schema";
import { ID_TYPES, ORG_KIND_LABELS, ORG_KINDS } from "@/lib/applications/vocabulary";
import { Field } from "@/components/ui/field";

/**
 * The sections of the application form (application-form.md) that the applicant's online form and
 * the staff's offline registration both show. Each form keeps its own react-hook-form instance and
 * zod schema; a section only gets a `field(name)` that registers its inputs under the form's own
 * path ("applicant.…" online, "application.applicant.…" in the workbench).
 */

type Applicant = NonNullable<ApplicationFormValues["applicant"]>;
type ApplicantName = keyof Applicant & string;
type ItemName = keyof NonNullable<ApplicationFormValues["items"]>[number] & string;

const EMPTY_ITEM = { title: "", docNumber: "", indexNumber: "", description: "" };

/** An empty application form (every input controlled from the start), prefilled from a citizen's profile. */
export function blankApplication(agency: string, profile?: ApplicantProfile | null): ApplicationFormValues {
  return {
    agency,
    applicantType: "person",
    applicant: {
      name: profile?.name ?? "",
      idType: "居民身份证",
      idNumber: "",
      employer: "",
      phone: profile?.phone ?? "",
      orgKind: "",
      creditCode: "",
      legalRepresentative: "",
      contactName: profile?.name ?? "",
      contactPhone: profile?.phone ?? "",
      email: profile?.email ?? "",
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
  };
}

/**
 * `ownDetails`: the applicant fills in their own details, so the browser may autofill them and the
 * hints speak to them. A clerk registering someone else's application gets neither (autofill would
 * offer the clerk's own name and phone).
 */
interface ApplicantSectionProps {
  applicantType: ApplicationFormValues["applicantType"] | undefined;
  typeField: UseFormRegisterReturn;
  field: (name: ApplicantName) => UseFormRegisterReturn;
  errors: FieldErrors<Applicant> | undefined;
  /** The chosen delivery methods: they decide which contact details are required (application-form.md). */
  deliveryMethods: readonly string[];
  ownDetails: boolean;
}

export function ApplicantFields({ applicantType, typeField, field, errors: a, deliveryMethods, ownDetails }: ApplicantSectionProps) {
  const auto = (value: string) => (ownDetails ? value : undefined);
  const hint = (text: string) => (ownDetails ? text : undefined);
  const needsPost = deliveryMethods.includes("邮寄") || deliveryMethods.includes("快递");
  return (
    <>
      <fieldset className="choice-group">
        <legend className="required-mark">申请人类型</legend>
        <div className="choices">
          <label>
            <input type="radio" value="person" {...typeField} /> 自然人
          </label>
          <label>
            <input type="radio" value="organization" {...typeField} /> 法人或其他组织
          </label>
        </div>
      </fieldset>

      {/* Keyed, so React never reuses one branch's inputs for the other's fields. */}
      {applicantType === "organization" ? (
        <Fragment key="organization">
          <Field label="名称" required error={a?.name?.message}>
            {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...field("name")} />}
          </Field>
          <div className="field-row">
            <Field label="组织类别" required error={a?.orgKind?.message}>
              {({ id, describedBy, invalid }) => (
                <select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...field("orgKind")}>
                  <option value="">请选择</option>
                  {ORG_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {ORG_KIND_LABELS[kind]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="统一社会信用代码" required error={a?.creditCode?.message} hint={hint("18 位，见营业执照或登记证书。")}>
              {({ id, describedBy, invalid }) => <input id={id} autoComplete="off" aria-describedby={describedBy} aria-invalid={invalid} {...field("creditCode")} />}
            </Field>
          </div>
          <Field label="法定代表人/负责人" required error={a?.legalRepresentative?.message}>
            {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...field("legalRepresentative")} />}
          </Field>
          <div className="field-row">
            <Field label="联系人姓名" required error={a?.contactName?.message}>
              {({ id, describedBy, invalid }) => (
                <input id={id} autoComplete={auto("name")} aria-describedby={describedBy} aria-invalid={invalid} {...field("contactName")} />
              )}
            </Field>
            <Field label="联系人电话" required error={a?.contactPhone?.message} hint={hint("查询办理进度时需要输入此号码。")}>
              {({ id, describedBy, invalid }) => (
                <input id={id} inputMode="tel" autoComplete={auto("tel")} aria-describedby={describedBy} aria-invalid={invalid} {...field("contactPhone")} />
              )}
            </Field>
          </div>
        </Fragment>
      ) : (
        <Fragment key="person">
          <Field label="姓名" required error={a?.name?.message}>
            {({ id, describedBy, invalid }) => <input id={id} autoComplete={auto("name")} aria-describedby={describedBy} aria-invalid={invalid} {...field("name")} />}
          </Field>
          <div className="field-row">
            <Field label="证件类型" required error={a?.idType?.message}>
              {({ id, describedBy, invalid }) => (
                <select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...field("idType")}>
                  {ID_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {type}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="证件号码" required error={a?.idNumber?.message}>
              {({ id, describedBy, invalid }) => <input id={id} autoComplete="off" aria-describedby={describedBy} aria-invalid={invalid} {...field("idNumber")} />}
            </Field>
          </div>
          <div className="field-row">
            <Field label="工作单位" error={a?.employer?.message}>
              {({ id, describedBy, invalid }) => (
                <input id={id} autoComplete={auto("organization")} aria-describedby={describedBy} aria-invalid={invalid} {...field("employer")} />
              )}
            </Field>
            <Field label="联系电话" required error={a?.phone?.message} hint={hint("手机或带区号的固定电话；查询办理进度时需要输入此号码。")}>
              {({ id, describedBy, invalid }) => (
                <input id={id} inputMode="tel" autoComplete={auto("tel")} aria-describedby={describedBy} aria-invalid={invalid} {...field("phone")} />
              )}
            </Field>
          </div>
        </Fragment>
      )}

      <div className="field-row">
        <Field label="电子邮箱" required={deliveryMethods.includes("电子邮件")} error={a?.email?.message} hint={hint("填写后，提交凭证会同时发送到该邮箱。")}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="email" autoComplete={auto("email")} aria-describedby={describedBy} aria-invalid={invalid} {...field("email")} />
          )}
        </Field>
        <Field label="传真" required={deliveryMethods.includes("传真")} error={a?.fax?.message}>
          {({ id, describedBy, invalid }) => <input id={id} inputMode="tel" aria-describedby={describedBy} aria-invalid={invalid} {...field("fax")} />}
        </Field>
      </div>
      <div className="field-row">
        <Field label="通信地址" required={needsPost} error={a?.address?.message}>
          {({ id, describedBy, invalid }) => (
            <input id={id} autoComplete={auto("street-address")} aria-describedby={describedBy} aria-invalid={invalid} {...field("address")} />
          )}
        </Field>
        <Field label="邮政编码" required={needsPost} error={a?.postcode?.message}>
          {({ id, describedBy, invalid }) => (
            <input id={id} inputMode="numeric" autoComplete={auto("postal-code")} aria-describedby={describedBy} aria-invalid={invalid} {...field("postcode")} />
          )}
        </Field>
      </div>
    </>
  );
}

interface RequestItemsProps {
  items: {
    fields: FieldArrayWithId[];
    append: (item: typeof EMPTY_ITEM) => void;
    remove: (index: number) => void;
  };
  field: (index: number, name: ItemName) => UseFormRegisterReturn;
  errors: FieldErrors<ApplicationFormValues>["items"];
  /** Prefix of the items' heading ids, unique on the page. */
  headingId: string;
  ownDetails: boolean;
  /** Shown under an item's title (the applicant's catalogue suggestions). */
  afterTitle?: (index: number) => React.ReactNode;
}

/** 所需信息: one block per requested item (一事一申请), up to 20. */
export function RequestItems({ items, field, errors, headingId, ownDetails, afterTitle }: RequestItemsProps) {
  const hint = (text: string) => (ownDetails ? text : undefined);
  const listError = errors?.message ?? errors?.root?.message;
  return (
    <>
      {listError ? (
        <span className="field-error" role="alert">
          {listError}
        </span>
      ) : null}
      {items.fields.map((item, index) => {
        const itemErrors = errors?.[index];
        return (
          <div className="request-item" key={item.id} role="group" aria-labelledby={`${headingId}-${index}`}>
            <h2 id={`${headingId}-${index}`}>第 {index + 1} 项</h2>
            <Field label="信息名称" required error={itemErrors?.title?.message} hint={hint("2–200 字，例如“八里台镇2025年镇级财政预算报告”。")}>
              {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...field(index, "title")} />}
            </Field>
            {afterTitle?.(index)}
            <div className="field-row">
              <Field label="文号" error={itemErrors?.docNumber?.message} hint={hint("如知道，请填写，例如 八里台政发〔2024〕1号。")}>
                {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...field(index, "docNumber")} />}
              </Field>
              <Field label="索引号" error={itemErrors?.indexNumber?.message}>
                {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...field(index, "indexNumber")} />}
              </Field>
            </div>
            <Field
              label="内容描述"
              required
              error={itemErrors?.description?.message}
              hint={hint("10–2000 字。请具体描述所需信息（时间、地点、事项等），尽量不要使用“所有”“相关”“等”这类宽泛的词。")}
            >
              {({ id, describedBy, invalid }) => (
                <textarea id={id} rows={ownDetails ? 4 : 3} aria-describedby={describedBy} aria-invalid={invalid} {...field(index, "description")} />
              )}
            </Field>
            {items.fields.length > 1 ? (
              <div>
                <button type="button" className="button secondary" onClick={() => items.remove(index)}>
                  删除第 {index + 1} 项
                </button>
              </div>
            ) : null}
          </div>
        );
      })}
      <div>
        <button type="button" className="button secondary" onClick={() => items.append(EMPTY_ITEM)} disabled={items.fields.length >= 20}>
          增加一项
        </button>
      </div>
    </>
  );
}

/** A required multiple choice (载体形式, 获取方式), its error announced and tied to the group. */
export function ChoiceGroup({
  legend,
  name,
  error,
  options,
  field,
}: {
  legend: string;
  name: "carrierForms" | "deliveryMethods";
  error?: string;
  options: readonly string[];
  field: UseFormRegisterReturn;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset className="choice-group" aria-describedby={error ? errorId : undefined}>
      <legend className="required-mark">{legend}（可多选）</legend>
      <div className="choices">
        {options.map((option) => (
          <label key={option}>
            <input type="checkbox" value={option} {...field} /> {option}
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
