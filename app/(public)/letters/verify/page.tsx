import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { queryObject } from "@/lib/calculators/schemas";
import { letterVerifyPath } from "@/lib/letters/signed/verify-path";
import { ServerField } from "@/components/ui/server-field";

export const metadata: Metadata = { title: "文书核验" };

/** 文书核验: enter a letter's number (printed at the foot of every signed PDF), then its hash. */
export default async function VerifyLetterIndexPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { number } = queryObject(await searchParams);
  const trimmed = number?.trim() ?? "";
  if (trimmed !== "" && trimmed.length <= 100) redirect(letterVerifyPath(trimmed));
  return (
    <>
      <h1>文书核验</h1>
      <section className="panel">
        <p>本平台出具的带编号文书附有加盖电子签名的 PDF。输入文书编号，可查看该文书的出具机关、日期和 PDF 的 SHA-256，并核验您持有的文件是否为原件。</p>
        <form className="form" method="get" noValidate>
          <ServerField id="number" label="文书编号" required hint="例如：八里台政公开〔2026〕1号" error={number !== undefined ? "请输入文书编号（不超过 100 个字符）" : undefined}>
            {(wiring) => <input {...wiring} name="number" defaultValue={number ?? ""} />}
          </ServerField>
          <div>
            <button className="button" type="submit">
              查询
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
