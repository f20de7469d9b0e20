import "../workbench.css";
import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { getStaffCase, REVEAL_ROLES } from "@/lib/applications/workbench/case-view";
import { WORKBENCH_ROLES } from "@/lib/applications/workbench/inbox";
import { loadForPage } from "@/lib/auth/page-guard";
import { requireRole } from "@/lib/auth/session";
import { formatFileSize } from "@/lib/storage/file-kind";
import { LetterList } from "@/components/letters/letter-list";
import { DeliveryRecords } from "@/components/letters/delivery-records";
import { ActionForm } from "@/components/workbench/action-form";
import { DecisionDraftForm } from "@/components/workbench/decision-draft-form";
import { ReleasedFileUpload } from "@/components/workbench/released-file-upload";
import { RevealIdButton } from "@/components/workbench/reveal-id-button";
import { ClockExplanation, ReplyDue } from "@/components/applications/clock-summary";
import { chinaDateTime } from "@/lib/validation/china-date";
import { RepeatNotice } from "@/components/workbench/repeat-notice";
import { isFinished } from "@/lib/workflow/status";
import { DeadlineSubscriptions } from "@/components/applications/deadline-subscriptions";
import { subscriptionItems } from "@/components/applications/deadline-subscription-items";
import { listStaffSubscriptions } from "@/lib/applications/deadline-feed/subscriptions";
import { revokeDeadlineSubscriptionAction, subscribeDeadlinesAction } from "./actions";

export const metadata: Metadata = { title: "申请办理" };

const FILE_KIND_LABELS: Record<string, string> = { identity_proof: "身份证明：", correction: "补正材料：", released: "提供的政府信息：" };

const CONSULTEE_NAMES = { thirdParty: "第三方", coMakingAgency: "共同制作机关", otherAgency: "其他机关" } as const;


export default async function StaffApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const path = `/staff/applications/${id}`;
  const actor = await requireRole(WORKBENCH_ROLES, path);
  const view = await loadForPage(async () => getStaffCase(await getDb(), actor, id), path);
  const { clock, applicant } = view;
  const subscriptions = subscriptionItems(await listStaffSubscriptions(await getDb(), actor, id));
  const openConsultations = view.snapshot.consultations
    .filter((c) => c.opinion === null && c.endedOn === null)
    .map((c) => ({ id: c.id, label: `${CONSULTEE_NAMES[c.kind]}（${c.sentOn}发出）`, delivered: c.deliveredOn !== null }));
  const context = { today: view.today, openConsultations, correctionDeadline: view.correctionDeadline, assignees: view.assignees, ...view.choices };
  const canReveal = (REVEAL_ROLES as readonly string[]).includes(actor.role);

  return (
    <>
      <nav className="breadcrumb" aria-label="当前位置">
        <Link href="/staff">工作台</Link> › <Link href="/staff/applications">依申请公开</Link> › {view.caseNumber}
      </nav>
      <h1>申请办理：{view.caseNumber}</h1>
      <RepeatNotice earlier={view.earlierRepeat} />
      <div className="case-grid">
        <div>
          <section className="panel" aria-labelledby="status-heading">
            <h2 id="status-heading">办理状态</h2>
            <dl className="case-facts">
              <dt>办理状态</dt>
              <dd data-testid="case-status">
                {view.statusLabel}
                {view.archived ? "（已归档）" : ""}
              </dd>
              {view.decisionLabel ? (
                <>
                  <dt>处理决定</dt>
                  <dd>{view.decisionLabel}</dd>
                </>
              ) : null}
              <dt>申请方式</dt>
              <dd>{view.channelLabel}</dd>
              <dt>经办人</dt>
              <dd>{view.assignee ?? "未指定"}</dd>
              <dt>提交日期</dt>
              <dd>{view.submittedOn}</dd>
              <dt>收到申请之日</dt>
              <dd>{view.receivedOn ?? "尚未确认收到"}</dd>
              {view.feeItem ? (
                <>
                  <dt>本月件次</dt>
                  <dd data-testid="fee-item">
                    申请人当月第{view.feeItem.number}件（按件计收{view.feeItem.price === 0 ? "不收费" : `${view.feeItem.price}元`}，《政府信息公开信息处理费管理办法》第四条）
                  </dd>
                </>
              ) : null}
              <dt>答复期限</dt>
              <dd data-testid="reply-due">
                <ReplyDue clock={clock} />
              </dd>
            </dl>
            <ClockExplanation clock={clock} heading="期限计算说明" />
          </section>

          {view.parent || view.subApplications.length > 0 ? (
            <section className="panel" aria-labelledby="split-heading">
              <h2 id="split-heading">一事一申请（拆分）</h2>
              {view.parent ? (
                <p>
                  本申请由 <Link href={`/staff/applications/${view.parent.id}`}>{view.parent.caseNumber}</Link> 拆分而来，收到申请之日与原申请相同。
                </p>
              ) : null}
              {view.subApplications.length > 0 ? (
                <>
                  <p>本申请已拆分，申请内容、答复和统计均在拆分后的申请中办理：</p>
                  <ul>
                    {view.subApplications.map((s) => (
                      <li key={s.id}>
                        <Link href={`/staff/applications/${s.id}`}>{s.caseNumber}</Link>（{s.statusLabel}）
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </section>
          ) : null}

          {view.referral.from || view.referral.to ? (
            <section className="panel" aria-labelledby="referral-heading">
              <h2 id="referral-heading">转交（条例第三十六条第五项）</h2>
              {view.referral.from ? (
                <p>
                  本申请由申请人从{view.referral.from.agencyName}的申请 <strong>{view.referral.from.caseNumber}</strong>{" "}
                  转交而来：该机关答复不属于其负责公开并指明本机关。收到申请之日以本机关确认之日为准（条例第三十一条）。
                </p>
              ) : null}
              {view.referral.to ? (
                <p>
                  申请人已将本申请转交{view.referral.to.agencyName}，新的申请编号为 <strong>{view.referral.to.caseNumber}</strong>。
                </p>
              ) : null}
            </section>
          ) : null}

          <section className="panel" aria-labelledby="applicant-heading">
            <h2 id="applicant-heading">申请人</h2>
            <dl className="case-facts">
              <dt>{applicant.typeLabel}</dt>
              <dd>
                {applicant.name}
                {applicant.orgKindLabel ? `（${applicant.orgKindLabel}）` : ""}
              </dd>
              <dt>{applicant.idType}</dt>
              <dd>{canReveal ? <RevealIdButton applicationId={view.id} masked={applicant.idNumberMasked} /> : applicant.idNumberMasked}</dd>
              {applicant.legalRepresentative ? (
                <>
                  <dt>法定代表人</dt>
                  <dd>{applicant.legalRepresentative}</dd>
                </>
              ) : null}
              {applicant.contactName ? (
                <>
                  <dt>联系人</dt>
                  <dd>{applicant.contactName}</dd>
                </>
              ) : null}
              <dt>联系电话</dt>
              <dd>{applicant.phone}</dd>
              {applicant.email ? (
                <>
                  <dt>电子邮箱</dt>
                  <dd>{applicant.email}</dd>
                </>
              ) : null}
              {applicant.address ? (
                <>
                  <dt>通信地址</dt>
                  <dd>{applicant.address}</dd>
                </>
              ) : null}
              <dt>载体形式</dt>
              <dd>{view.carrierForms.join("、")}</dd>
              <dt>获取方式</dt>
              <dd>{view.deliveryMethods.join("、")}</dd>
              {view.needsAssistance ? (
                <>
                  <dt>协助</dt>
                  <dd>申请人需要阅读或视听障碍方面的协助（条例第四十三条）</dd>
                </>
              ) : null}
            </dl>
          </section>

          <section className="panel" aria-labelledby="items-heading">
            <h2 id="items-heading">申请内容</h2>
            <ol>
              {view.items.map((item) => (
                <li key={item.position}>
                  <strong>{item.title}</strong>
                  {item.docNumber ? <span className="muted">（文号：{item.docNumber}）</span> : null}
                  {item.indexNumber ? <span className="muted">（索引号：{item.indexNumber}）</span> : null}
                  <p className="note-text">{item.description}</p>
                </li>
              ))}
            </ol>
            {view.purpose ? <p>用途：{view.purpose}</p> : null}
            <h3>附件</h3>
            {view.files.length === 0 ? (
              <p className="muted">无附件。</p>
            ) : (
              <ul>
                {view.files.map((f) => (
                  <li key={f.id}>
                    {FILE_KIND_LABELS[f.kind] ?? ""}
                    {f.kind === "identity_proof" ? f.fileName : <a href={`/api/staff/files/${f.id}`}>{f.fileName}</a>}（{f.mime}，{formatFileSize(f.size)}）
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="panel" aria-labelledby="letters-heading">
            <h2 id="letters-heading">文书</h2>
            <LetterList
              letters={view.letters.map((l) => ({ id: l.id, title: l.title, number: l.number, issuedOn: l.issuedOn, internal: !l.applicantVisible }))}
              hrefOf={(letterId) => `/staff/applications/${view.id}/letters/${letterId}`}
            />
          </section>

          <DeliveryRecords overview={view.delivery} staff recordedOn={view.delivery.recordedOn} />

          <section className="panel" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">办理记录</h2>
            <ol className="timeline-list">
              {view.timeline.map((e) => (
                <li key={e.id}>
                  <time dateTime={e.at}>{chinaDateTime(e.at)}</time> {e.label}
                  {e.occurredOn ? <span className="muted">（日期：{e.occurredOn}）</span> : null}
                  {e.actorName ? ` · ${e.actorName}` : ""}
                  {e.basis ? <span className="muted"> · {e.basis}</span> : null}
                  {e.detail ? <span> · {e.detail}</span> : null}
                  {e.reason ? <span> · 理由：{e.reason}</span> : null}
                  {!e.applicantVisible ? <span className="muted">（内部）</span> : null}
                </li>
              ))}
            </ol>
          </section>
        </div>

        <div>
          <section className="panel action-list" aria-labelledby="actions-heading">
            <h2 id="actions-heading">可办理的操作</h2>
            {view.actions.length === 0 ? <p className="muted">当前没有您可以办理的操作。</p> : null}
            {view.actions
              .filter((a) => a.action !== "internalNote")
              .map((a) => (
                <details key={a.action}>
                  <summary>{a.label}</summary>
                  {a.action === "draftDecision" ? (
                    <>
                      <ReleasedFileUpload applicationId={view.id} />
                      <DecisionDraftForm applicationId={view.id} draft={view.snapshot.draft} platformAgencies={view.platformAgencies} />
                    </>
                  ) : (
                    <ActionForm applicationId={view.id} action={a.action} label={a.label} context={context} />
                  )}
                </details>
              ))}
          </section>

          <section className="panel" aria-labelledby="notes-heading">
            <h2 id="notes-heading">内部备注</h2>
            <p className="muted">仅本机关工作人员可见，不向申请人显示。</p>
            {view.notes.length === 0 ? <p className="muted">暂无备注。</p> : null}
            <ul>
              {view.notes.map((n) => (
                <li key={n.id}>
                  <span className="muted">
                    {chinaDateTime(n.at)} · {n.actorName}
                  </span>
                  <p className="note-text">{n.detail}</p>
                </li>
              ))}
            </ul>
            {view.actions.some((a) => a.action === "internalNote") ? (
              <ActionForm applicationId={view.id} action="internalNote" label="添加内部备注" context={context} />
            ) : null}
          </section>

          <DeadlineSubscriptions
            subscriptions={subscriptions}
            finished={isFinished(view.status)}
            subscribe={subscribeDeadlinesAction.bind(null, view.id)}
            revoke={revokeDeadlineSubscriptionAction.bind(null, view.id)}
          />
        </div>
      </div>
    </>
  );
}
