"use client";

import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { calendarYearFormSchema, type CalendarYearFormInput } from "@/lib/calendar/admin/schemas";
import type { MovedDeadline } from "@/lib/calendar/admin/deadlines-hook";
import { saveCalendarYearAction } from "@/app/admin/calendar/actions";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";

interface Notice {
  kind: "error" | "success";
  text: string;
  moved?: MovedDeadline[];
  movedElsewhere?: number;
}

/**
 * Enter or correct one year's 放假安排: holiday ranges and 调休上班日. The notice lives outside the
 * keyed form, so it stays on screen when a saved new year reopens as "修改 YYYY 年".
 */
export function CalendarYearEditor({ initial, isNew }: { initial: CalendarYearFormInput; isNew: boolean }) {
  const [notice, setNotice] = useState<Notice>();
  return (
    <>
      {notice ? <SaveNotice notice={notice} /> : null}
      <CalendarYearForm key={`${isNew ? "new" : "edit"}-${initial.year}`} initial={initial} isNew={isNew} onNotice={setNotice} />
    </>
  );
}

function SaveNotice({ notice }: { notice: Notice }) {
  return (
    <Alert kind={notice.kind}>
      {notice.text}
      {notice.moved ? (
        notice.moved.length === 0 ? (
          <> 本机关没有在办申请的答复期限因此变化。</>
        ) : (
          <>
            {" "}本机关以下在办申请的答复期限已重新计算（已记入操作日志）：
            <ul>
              {notice.moved.map((m) => (
                <li key={m.applicationId}>
                  {m.caseNumber}：{m.from ?? "待定"} → {m.to ?? "待定"}
                </li>
              ))}
            </ul>
          </>
        )
      ) : null}
      {notice.movedElsewhere ? <> 另有 {notice.movedElsewhere} 件其他机关的在办申请期限已重新计算，已分别记入各机关的操作日志。</> : null}
    </Alert>
  );
}

function CalendarYearForm({
  initial,
  isNew,
  onNotice: setNotice,
}: {
  initial: CalendarYearFormInput;
  isNew: boolean;
  onNotice: (notice: Notice | undefined) => void;
}) {
  const router = useRouter();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CalendarYearFormInput>({ resolver: zodResolver(calendarYearFormSchema), defaultValues: initial });
  const holidays = useFieldArray({ control, name: "holidays" });
  const workdays = useFieldArray({ control, name: "workdays" });

  const onSubmit = handleSubmit(async (values) => {
    setNotice(undefined);
    try {
      const result = await saveCalendarYearAction(values);
      if (!result.ok || !result.data) {
        applyServerErrors(setError, result.errors);
        setNotice({ kind: "error", text: result.message ?? "保存失败，请检查后重试。" });
        return;
      }
      setNotice({ kind: "success", text: `已保存 ${result.data.year} 年放假安排，答复期限按新的日历计算。`, moved: result.data.movedDeadlines, movedElsewhere: result.data.movedElsewhere });
      router.replace(`/admin/calendar?year=${result.data.year}`);
      router.refresh();
    } catch {
      setNotice({ kind: "error", text: "网络连接中断，填写的内容仍保留在页面上，请稍后重试。" });
    }
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <Field label="年份" required hint={isNew ? "四位数年份，例如 2027。" : "修改已有年份的放假安排。"} error={errors.year?.message}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            inputMode="numeric"
            readOnly={!isNew}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("year", { valueAsNumber: true })}
          />
        )}
      </Field>
      <Field label="依据" hint="例如：国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕X号）" error={errors.source?.message}>
        {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("source")} />}
      </Field>

      <fieldset className="field">
        <legend>节假日（放假期间，含周末）</legend>
        {errors.holidays?.message || errors.holidays?.root?.message ? (
          <span className="field-error" role="alert">
            {errors.holidays?.message ?? errors.holidays?.root?.message}
          </span>
        ) : null}
        {holidays.fields.map((row, index) => (
          <div className="row-fields" key={row.id}>
            <Field label={`名称（第 ${index + 1} 项）`} required error={errors.holidays?.[index]?.name?.message}>
              {({ id, describedBy, invalid }) => (
                <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register(`holidays.${index}.name`)} />
              )}
            </Field>
            <Field label="开始日期" required error={errors.holidays?.[index]?.from?.message}>
              {({ id, describedBy, invalid }) => (
                <input id={id} type="date" aria-describedby={describedBy} aria-invalid={invalid} {...register(`holidays.${index}.from`)} />
              )}
            </Field>
            <Field label="结束日期" required error={errors.holidays?.[index]?.to?.message}>
              {({ id, describedBy, invalid }) => (
                <input id={id} type="date" aria-describedby={describedBy} aria-invalid={invalid} {...register(`holidays.${index}.to`)} />
              )}
            </Field>
            <button type="button" className="button secondary" onClick={() => holidays.remove(index)} aria-label={`删除第 ${index + 1} 项节假日`}>
              删除
            </button>
          </div>
        ))}
        <div>
          <button type="button" className="button secondary" onClick={() => holidays.append({ name: "", from: "", to: "" })}>
            添加节假日
          </button>
        </div>
      </fieldset>

      <fieldset className="field">
        <legend>调休上班日（周末上班的日期）</legend>
        {workdays.fields.length === 0 ? <p className="muted">无。</p> : null}
        {workdays.fields.map((row, index) => (
          <div className="row-fields" key={row.id}>
            <Field label={`调休上班日（第 ${index + 1} 项）`} required error={errors.workdays?.[index]?.date?.message}>
              {({ id, describedBy, invalid }) => (
                <input id={id} type="date" aria-describedby={describedBy} aria-invalid={invalid} {...register(`workdays.${index}.date`)} />
              )}
            </Field>
            <button type="button" className="button secondary" onClick={() => workdays.remove(index)} aria-label={`删除第 ${index + 1} 项调休上班日`}>
              删除
            </button>
          </div>
        ))}
        <div>
          <button type="button" className="button secondary" onClick={() => workdays.append({ date: "" })}>
            添加调休上班日
          </button>
        </div>
      </fieldset>

      <div>
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? "正在保存…" : "保存放假安排"}
        </button>
      </div>
    </form>
  );
}
