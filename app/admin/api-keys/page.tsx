import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listApiKeys } from "@/lib/api-keys";
import { requireRole } from "@/lib/auth/session";
import { IssueApiKeyForm, RevokeApiKeyButton } from "@/components/admin/api-key-forms";

export const metadata: Metadata = { title: "开放接口密钥" };

function formatInstant(date: Date | null): string {
  return date ? date.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false }) : "—";
}

/** Keys for platforms that file applications through the open API (POST /api/v1/applications). */
export default async function ApiKeysPage() {
  const actor = await requireRole(["admin"], "/admin/api-keys");
  const keys = await listApiKeys(await getDb(), actor);
  return (
    <>
      <h1>开放接口密钥</h1>
      <p className="muted">
        其他政务服务平台可凭密钥（请求头 Authorization: Bearer …）通过开放接口提交申请；每个密钥有自己的每小时提交上限。未带密钥的调用按来源 IP 限制。
      </p>
      <section className="panel">
        <h2>已签发的密钥</h2>
        {keys.length === 0 ? (
          <p>尚未签发密钥。</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">使用方</th>
                <th scope="col">密钥前缀</th>
                <th scope="col">每小时上限</th>
                <th scope="col">签发时间</th>
                <th scope="col">最近使用</th>
                <th scope="col">状态</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <tr key={key.id}>
                  <td>{key.name}</td>
                  <td>
                    <code>{key.prefix}…</code>
                  </td>
                  <td>{key.rateLimitPerHour}</td>
                  <td>{formatInstant(key.createdAt)}</td>
                  <td>{formatInstant(key.lastUsedAt)}</td>
                  <td>{key.revokedAt ? `已停用（${formatInstant(key.revokedAt)}）` : <RevokeApiKeyButton id={key.id} name={key.name} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="panel">
        <h2>签发新密钥</h2>
        <IssueApiKeyForm />
      </section>
    </>
  );
}
