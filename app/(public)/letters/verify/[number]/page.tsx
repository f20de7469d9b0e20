import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { queryObject } from "@/lib/calculators/schemas";
import { findSignedLetters, verifyLetterSchema } from "@/lib/letters/signed/verify-letter";
import { formatChineseDate } from "@/lib/letters";
import { fieldErrors } from "@/lib/validation/zod";
import { FileHashPicker } from "@/components/letters/file-hash-picker";
import { ServerField } from "@/components/ui/server-field";

export const metadata: Metadata = { title: "文书核验" };
export const dynamic = "force-dynamic";

/** The number as typed: a segment still percent-encoded is decoded once; a malformed one (a stray %) is taken as is. */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

type Props = { params: Promise<{ number: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * 文书核验 (issue 16 item 2): anyone checks that a letter with this number was issued and that their
 * copy is the very file the agency signed (its SHA-256 equals the one recorded at issue). A GET
 * form, computed on the server; works without JavaScript (the file picker only fills the field).
 */
export default async function VerifyLetterPage({ params, searchParams }: Props) {
  const number = decodedSegment((await params).number);
  const query = queryObject(await searchParams);
  const parsed = "sha256" in query ? verifyLetterSchema.safeParse(query) : undefined;
  const error = parsed && !parsed.success ? fieldErrors(parsed.error)[0]?.message : undefined;
  const matches = await findSignedLetters(await getDb(), number);

  return (
    <>
      <h1>文书核验</h1>
      <p>
        文书编号：<strong data-testid="verify-number">{number}</strong>
      </p>
      {matches.length === 0 ? (
        <section className="panel" role="status">
          <h2>未找到该编号的电子签章文书</h2>
          <p>请核对文书编号（含“〔〕”和“号”）。本平台出具的带编号文书均附电子签章 PDF；如仍有疑问，请联系出具文书的机关。</p>
        </section>
      ) : (
        matches.map((match) => {
          const same = parsed?.success ? parsed.data.sha256 === match.sha256 : undefined;
          return (
            <section className="panel" key={`${match.agencyName}-${match.sha256}`} aria-live="polite">
              <h2>
                {match.title}（{match.agencyName}）
              </h2>
              {same === true ? (
                <p className="alert success" data-testid="verify-result">
                  一致：您提供的文件与本机关出具并签章的文书完全相同。
                </p>
              ) : same === false ? (
                <p className="alert error" data-testid="verify-result">
                  不一致：您提供的文件不是本机关出具的原件，或已被改动。请以出具机关的原件为准。
                </p>
              ) : null}
              <table className="table">
                <tbody>
                  <tr>
                    <th scope="row">出具机关</th>
                    <td>{match.agencyName}</td>
                  </tr>
                  <tr>
                    <th scope="row">出具日期</th>
                    <td>{formatChineseDate(match.issuedOn)}</td>
                  </tr>
                  <tr>
                    <th scope="row">文书 PDF 的 SHA-256</th>
                    <td>
                      <code data-testid="verify-sha256">{match.sha256}</code>
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">签名证书</th>
                    <td>
                      {match.certificate.commonName}（证书指纹 SHA-256：<code>{match.certificate.fingerprint}</code>）
                      {match.certificate.selfSigned ? (
                        <p className="alert info" data-testid="verify-demo-certificate">
                          该证书是本平台为演示生成的自签名证书，不是依法设立的电子认证服务机构签发的证书（《电子签名法》第十六条）；PDF 阅读器会提示签名“有效”但“签发者未知”。
                        </p>
                      ) : null}
                    </td>
                  </tr>
                </tbody>
              </table>
            </section>
          );
        })
      )}
      {matches.length > 0 ? (
        <section className="panel">
          <h2>核验您持有的文件</h2>
          <form className="form" method="get" noValidate>
            <ServerField id="sha256" label="文书 PDF 的 SHA-256" required hint="64 位十六进制；Linux/macOS 可用 sha256sum 计算，Windows 可用 certutil -hashfile 文件名 SHA256" error={error}>
              {(wiring) => <input {...wiring} name="sha256" defaultValue={query.sha256 ?? ""} autoComplete="off" spellCheck={false} />}
            </ServerField>
            <FileHashPicker targetId="sha256" />
            <div>
              <button className="button" type="submit">
                核验
              </button>
            </div>
          </form>
          <p>也可以用 PDF 阅读器或 poppler 的 pdfsig 查看文件中的电子签名：签名应有效，签名人为上述机关。</p>
        </section>
      ) : null}
    </>
  );
}
