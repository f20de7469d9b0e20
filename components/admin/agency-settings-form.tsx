"use client";

import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { agencySettingsSchema, type AgencySettingsInput } from "@/lib/agencies/settings-schema";
import { updateAgencySettingsAction } from "@/app/admin/agency/actions";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";

type TextPath = Exclude<Path<AgencySettingsInput>, "disclosureOffice" | "siteIdentity" | "policy" | `policy.${string}`>;

const SECTIONS: { legend: string; fields: { name: TextPath; label: string; required?: boolean; hint?: string }[] }[] = [
  {
    legend: "机关名称与编号",
    fields: [
      { name: "name", label: "机关全称", required: true },
      { name: "shortName", label: "机关简称", required: true },
      { name: "letterPrefix", label: "文书编号前缀", required: true, hint: "文书编号为 前缀〔年份〕序号号，例如 八里台政公开〔2026〕12号。" },
      { name: "indexNumberTemplate", label: "索引号模板", required: true, hint: "可用 {agencyCode} 统一社会信用代码、{year} 年份、{serial:5} 五位流水号。" },
    ],
  },
  {
    legend: "救济途径（答复书中的告知）",
    fields: [
      { name: "reconsiderationBody", label: "行政复议机关", required: true },
      { name: "court", label: "管辖法院", required: true },
    ],
  },
  {
    legend: "政府信息公开工作机构（条例第十二条）",
    fields: [
      { name: "disclosureOffice.name", label: "机构名称", required: true },
      { name: "disclosureOffice.address", label: "办公地址", required: true },
      { name: "disclosureOffice.postcode", label: "邮政编码" },
      { name: "disclosureOffice.hours", label: "办公时间" },
      { name: "disclosureOffice.phone", label: "联系电话", required: true },
      { name: "disclosureOffice.fax", label: "传真" },
      { name: "disclosureOffice.email", label: "电子邮箱" },
    ],
  },
  {
    legend: "网站标识（页面底部）",
    fields: [
      { name: "siteIdentity.sponsor", label: "主办单位", required: true },
      { name: "siteIdentity.siteCode", label: "网站标识码" },
      { name: "siteIdentity.icp", label: "ICP备案号" },
      { name: "siteIdentity.publicSecurityFiling", label: "公安备案号" },
      { name: "siteIdentity.contact", label: "网站联系电话" },
      { name: "siteIdentity.errorReportUrl", label: "“我为政府网站找错”链接" },
      { name: "siteIdentity.conacLogoUrl", label: "党政机关网站标识图片地址" },
      { name: "siteIdentity.conacUrl", label: "党政机关网站标识链接" },
    ],
  },
];

function errorAt(errors: unknown, path: string): string | undefined {
  let node: unknown = errors;
  for (const key of path.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  const message = node && typeof node === "object" ? (node as { message?: unknown }).message : undefined;
  return typeof message === "string" ? message : undefined;
}

export function AgencySettingsForm({ initial }: { initial: AgencySettingsInput }) {
  const router = useRouter();
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string }>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AgencySettingsInput>({ resolver: zodResolver(agencySettingsSchema), defaultValues: initial });

  const onSubmit = handleSubmit(async (values) => {
    setNotice(undefined);
    try {
      const result = await updateAgencySettingsAction(values);
      if (!result.ok || !result.data) {
        applyServerErrors(setError, result.errors);
        setNotice({ kind: "error", text: result.message ?? "保存失败，请检查后重试。" });
        return;
      }
      setNotice({ kind: "success", text: result.data.changed.length ? "本机关设置已保存。" : "没有需要保存的修改。" });
      router.refresh();
    } catch {
      setNotice({ kind: "error", text: "网络连接中断，填写的内容仍保留在页面上，请稍后重试。" });
    }
  });

  const policyError = (name: string) => errorAt(errors, `policy.${name}`);

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {SECTIONS.map((section) => (
        <fieldset className="panel" key={section.legend}>
          <legend>{section.legend}</legend>
          {section.fields.map((field) => (
            <Field key={field.name} label={field.label} required={field.required} hint={field.hint} error={errorAt(errors, field.name)}>
              {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register(field.name)} />}
            </Field>
          ))}
        </fieldset>
      ))}
      <fieldset className="panel">
        <legend>办理政策设置</legend>
        <Field label="受理编号前缀" required hint="受理编号形如 前缀-年份-五位流水号，例如 BLT-2026-00001；修改只影响此后受理的申请。" error={policyError("caseNumberPrefix")}>
          {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("policy.caseNumberPrefix")} />}
        </Field>
        <Field label="补正期限（工作日）" required hint="申请人收到补正告知后补正的期限（条例第三十条）。" error={policyError("correctionDeadlineWorkingDays")}>
          {({ id, describedBy, invalid }) => (
            <input id={id} inputMode="numeric" aria-describedby={describedBy} aria-invalid={invalid} {...register("policy.correctionDeadlineWorkingDays", { valueAsNumber: true })} />
          )}
        </Field>
        <Field label="第三方异议后等待公开期（工作日）" required hint="决定公开后，书面告知第三方至实际公开之间的间隔。" error={policyError("releaseWaitWorkingDays")}>
          {({ id, describedBy, invalid }) => (
            <input id={id} inputMode="numeric" aria-describedby={describedBy} aria-invalid={invalid} {...register("policy.releaseWaitWorkingDays", { valueAsNumber: true })} />
          )}
        </Field>
        <Field label="网上申请待确认提示（工作日）" required hint="网上提交后超过该工作日数仍未确认的，在工作台标出。" error={policyError("unconfirmedFlagWorkingDays")}>
          {({ id, describedBy, invalid }) => (
            <input id={id} inputMode="numeric" aria-describedby={describedBy} aria-invalid={invalid} {...register("policy.unconfirmedFlagWorkingDays", { valueAsNumber: true })} />
          )}
        </Field>
        <Field label="到期提醒（提前的工作日数）" required hint="多个用顿号或逗号分隔，例如 3、1。" error={policyError("reminderWorkingDays")}>
          {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("policy.reminderWorkingDays")} />}
        </Field>
        <Field label="年度报告发布期限（月-日）" required hint="上一年度报告的发布截止日，例如 01-31。" error={policyError("annualReportDueOn")}>
          {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("policy.annualReportDueOn")} />}
        </Field>
        <Field label="“按其他法律查询的事项”计入年报" required error={policyError("queryMatterReportRow")}>
          {({ id, describedBy, invalid }) => (
            <select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("policy.queryMatterReportRow")}>
              <option value="3.8">（三）不予公开 8.属于行政查询事项</option>
              <option value="6.3">（六）其他处理 3.其他</option>
            </select>
          )}
        </Field>
        <Field label="年度报告表四（行政复议、行政诉讼）统计口径" required error={policyError("reviewCasesInReport")}>
          {({ id, describedBy, invalid }) => (
            <select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("policy.reviewCasesInReport")}>
              <option value="filedInYear">本年度立案的案件，按12月31日的结果计入</option>
              <option value="decidedOrPendingInYear">本年度审结的案件和12月31日尚未审结的案件</option>
            </select>
          )}
        </Field>
        <div className="field">
          <label>
            <input type="checkbox" {...register("policy.feePausesClock")} /> 收费通知至缴费期间不计入答复期限
          </label>
        </div>
        <div className="field">
          <label>
            <input type="checkbox" {...register("policy.onlineFeeNoticeReceivedWhenSent")} /> 网上申请的收费通知于发出当日视为收到（不选：由经办人记录送达日期）
          </label>
        </div>
        <div className="field">
          <label>
            <input type="checkbox" {...register("policy.electronicLetterDeliveredWhenSent")} /> 申请人选择网上获取或电子邮件的文书，于出具（邮件发出）当日视为送达（不选：由经办人记录送达日期）
          </label>
        </div>
        <div className="field">
          <label>
            <input type="checkbox" {...register("policy.releaseWaitPausesClock")} /> 决定公开后告知第三方至公开之日的等待期不计入答复期限
          </label>
        </div>
        <div className="field">
          <label>
            <input type="checkbox" {...register("policy.perPageFeeForDownloads")} /> 平台内下载的信息也适用按量计收（《政府信息公开信息处理费管理办法》第五条）
          </label>
        </div>
      </fieldset>
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      <div>
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? "正在保存…" : "保存设置"}
        </button>
      </div>
    </form>
  );
}
