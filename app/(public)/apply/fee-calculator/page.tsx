import type { Metadata } from "next";
import Link from "next/link";
import { estimateFee } from "@/lib/calculators/fee-estimate";
import { FEE_METHOD_RULES } from "@/lib/fees/band-text";
import { feeEstimateQuery, queryObject } from "@/lib/calculators/schemas";
import { fieldErrors } from "@/lib/validation/zod";
import { FeeLinesTable } from "@/components/calculators/fee-lines-table";
import { Alert } from "@/components/ui/alert";
import { ServerField } from "@/components/ui/server-field";

export const metadata: Metadata = { title: "信息处理费计算器" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * A plain GET form computed on the server: works without JavaScript, the URL can be shared, and
 * what the user typed comes back in the fields, also with an error.
 */
export default async function FeeCalculatorPage({ searchParams }: { searchParams: SearchParams }) {
  const query = queryObject(await searchParams);
  const submitted = "method" in query;
  const method = query.method === "per-page" ? "per-page" : "per-item";
  const parsed = submitted ? feeEstimateQuery.safeParse(query) : undefined;
  const errors = parsed && !parsed.success ? fieldErrors(parsed.error) : [];
  const errorFor = (name: string) => errors.find((e) => e.path === name || (name === "method" && e.path === ""))?.message;
  const quote = parsed?.success ? estimateFee(parsed.data) : undefined;

  return (
    <>
      <p className="breadcrumb">
        <Link href="/apply">依申请公开</Link> › 信息处理费计算器
      </p>
      <h1>信息处理费计算器</h1>
      <section className="panel">
        <h2>什么时候收费</h2>
        <p>
          行政机关依申请提供政府信息，<strong>原则上不收取费用</strong>（《政府信息公开条例》第四十二条）。只有申请人申请公开政府信息的数量、频次明显超过合理范围时，行政机关<strong>可以</strong>收取信息处理费，且只能按《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）执行：
        </p>
        <ul>
          <li>
            <strong>按件计收</strong>（第四条）：{FEE_METHOD_RULES.perItem}
          </li>
          <li>
            <strong>按量计收</strong>（第五条）：{FEE_METHOD_RULES.perPage}
          </li>
          <li>同一申请只能选择一种方式计收（第三条）；是否收费由行政机关决定，计算结果仅供参考。</li>
        </ul>
      </section>
      <section className="panel">
        <h2>计算</h2>
        <form className="form" method="get" noValidate>
          <fieldset className="field">
            <legend>计费方式</legend>
            <label>
              <input type="radio" name="method" value="per-item" defaultChecked={method === "per-item"} /> 按件计收
            </label>
            <label>
              <input type="radio" name="method" value="per-page" defaultChecked={method === "per-page"} /> 按量计收
            </label>
            {errorFor("method") ? <span className="field-error">{errorFor("method")}</span> : null}
          </fieldset>
          <NumberField name="priorItems" label="按件计收：本月此前已提出的申请件数" hint="同一申请人本自然月内已被受理的申请件数（含本机关已收到的全部申请）。" value={query.priorItems ?? "0"} error={errorFor("priorItems")} />
          <NumberField name="items" label="按件计收：本次申请件数" value={query.items ?? "1"} error={errorFor("items")} />
          <NumberField name="pages" label="按量计收：页数（A4 或折合 A4）" value={query.pages ?? ""} error={errorFor("pages")} />
          <div>
            <button className="button" type="submit">
              计算
            </button>
          </div>
        </form>
      </section>
      {quote ? (
        <section className="panel" aria-live="polite">
          <h2>计算结果</h2>
          <p className="result-amount">
            应缴信息处理费：<strong>{quote.amount.toLocaleString("zh-CN")} 元</strong>
          </p>
          <FeeLinesTable lines={quote.lines} unit={quote.method === "per-item" ? "件" : "页"} />
        </section>
      ) : errors.length > 0 ? (
        <Alert kind="error">请按提示修改后重新计算。</Alert>
      ) : null}
    </>
  );
}

function NumberField({ name, label, hint, value, error }: { name: string; label: string; hint?: string; value: string; error?: string }) {
  return (
    <ServerField id={`field-${name}`} label={label} hint={hint} error={error}>
      {(wiring) => <input {...wiring} name={name} inputMode="numeric" defaultValue={value} />}
    </ServerField>
  );
}
