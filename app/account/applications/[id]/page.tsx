import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listApplicantLetters } from "@/lib/applications/applicant-letters";
import { getMyApplication } from "@/lib/applications/my-applications";
import { loadForPage } from "@/lib/auth/page-guard";
import { requireRole } from "@/lib/auth/session";
import { isFinished } from "@/lib/workflow/status";
import { ApplicationProgress } from "@/components/applications/application-progress";
import { WithdrawForm } from "@/components/applications/withdraw-form";
import { LetterList } from "@/components/letters/letter-list";
import { RateForm } from "@/components/applications/rate-form";
import { Alert } from "@/components/ui/alert";
import { chinaDate } from "@/lib/validation/china-date";

export const metadata: Metadata = { title: "申请详情" };

export default async function MyApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const path = `/account/applications/${id}`;
  const actor = await requireRole(["citizen"], path);
  const application = await loadForPage(async () => getMyApplication(await getDb(), actor, id), path);
  const letters = await listApplicantLetters(await getDb(), actor, id);
  const withdrawal = application.events.find((event) => event.type === "withdrawn");
  return (
    <>
      <nav className="breadcrumb" aria-label="当前位置">
        <Link href="/account/applications">我的申请</Link> › {application.caseNumber}
      </nav>
      <h1>申请详情：{application.caseNumber}</h1>
      {withdrawal ? (
        <Alert kind="success">
          <strong>撤回确认：</strong>您已于 {chinaDate(new Date(withdrawal.at))} 撤回受理编号为 {application.caseNumber} 的申请，该申请已应您的要求终止办理。
        </Alert>
      ) : null}
      <ApplicationProgress view={application} />

      <section className="panel" aria-labelledby="letters-heading">
        <h2 id="letters-heading">文书与答复</h2>
        {letters.length > 0 ? (
          <LetterList letters={letters} hrefOf={(letterId) => `/account/applications/${id}/letters/${letterId}`} />
        ) : (
          <p className="muted">
            {application.receivedOn
              ? "行政机关出具的回执、告知书和答复书将在这里列出，可在线阅读和打印。"
              : "行政机关确认收到申请后，将在这里提供《申请接收回执》；之后的告知书、答复书和提供的政府信息也在这里查看。"}
          </p>
        )}
      </section>

      <section className="panel" aria-labelledby="content-heading">
        <h2 id="content-heading">申请内容</h2>
        <div className="progress">
          <dl>
            <dt>申请人</dt>
            <dd>
              {application.applicant.name}（{application.applicant.typeLabel}
              {application.applicant.orgKindLabel ? `·${application.applicant.orgKindLabel}` : ""}）
            </dd>
            <dt>{application.applicant.idType}</dt>
            <dd>{application.applicant.idNumberMasked}</dd>
            <dt>联系电话</dt>
            <dd>{application.applicant.phone}</dd>
            {application.applicant.email ? (
              <>
                <dt>电子邮箱</dt>
                <dd>{application.applicant.email}</dd>
              </>
            ) : null}
            <dt>身份证明</dt>
            <dd>已上传 {application.identityProofCount} 个文件</dd>
            <dt>载体形式</dt>
            <dd>{application.carrierForms.join("、")}</dd>
            <dt>获取方式</dt>
            <dd>{application.deliveryMethods.join("、")}</dd>
            {application.needsAssistance ? (
              <>
                <dt>协助</dt>
                <dd>需要阅读或视听障碍方面的协助</dd>
              </>
            ) : null}
          </dl>
        </div>
        <h3>所需信息</h3>
        <ol>
          {application.items.map((item) => (
            <li key={item.position}>
              <strong>{item.title}</strong>
              {item.docNumber ? <span className="muted">（文号：{item.docNumber}）</span> : null}
              {item.indexNumber ? <span className="muted">（索引号：{item.indexNumber}）</span> : null}
              <p style={{ margin: "4px 0 8px", whiteSpace: "pre-wrap" }}>{item.description}</p>
            </li>
          ))}
        </ol>
        {application.purpose ? <p>用途：{application.purpose}</p> : null}
      </section>

      {application.canRate ? (
        <section className="panel" aria-labelledby="rate-heading">
          <h2 id="rate-heading">评价</h2>
          <RateForm applicationId={application.id} />
        </section>
      ) : null}

      {isFinished(application.status) || application.archived ? null : (
        <section className="panel" aria-labelledby="withdraw-heading">
          <h2 id="withdraw-heading">撤回申请</h2>
          <p className="muted">在行政机关作出答复前，您可以撤回申请。</p>
          <WithdrawForm applicationId={application.id} caseNumber={application.caseNumber} />
        </section>
      )}
    </>
  );
}
