import type { ApplicantLetterSummary } from "@/lib/applications/applicant-letters";
import type { MyApplicationDetail } from "@/lib/applications/my-applications";
import { formatFileSize } from "@/lib/storage/file-kind";
import { chinaDate } from "@/lib/validation/china-date";
import { ApplicationProgress } from "./application-progress";
import { CorrectionForm } from "./correction-form";
import { FeeResponse } from "./fee-response";
import { RateForm } from "./rate-form";
import { ReferralForm } from "./referral-form";
import { WithdrawForm } from "./withdraw-form";
import { DeadlineSubscriptions, type SubscriptionItem } from "./deadline-subscriptions";
import { revokeDeadlineSubscriptionAction, subscribeDeadlinesAction } from "@/app/account/applications/[id]/actions";
import { isFinished } from "@/lib/workflow/status";
import { LetterList } from "@/components/letters/letter-list";
import { DeliveryRecords } from "@/components/letters/delivery-records";
import type { DeliveryOverview } from "@/lib/applications/delivery/records";
import { Alert } from "@/components/ui/alert";

const fileHref = (id: string) => `/api/applicant/files/${id}`;

/** A term of the application as filed, left out when the applicant did not fill it in. */
function Optional({ term, value }: { term: string; value: string | null }) {
  if (!value) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}

/** Download links to the application's files the applicant may open, with their sizes. */
function FileLinks({ files, prefix = "" }: { files: { id: string; fileName: string; size: number }[]; prefix?: string }) {
  return (
    <ul>
      {files.map((file) => (
        <li key={file.id}>
          <a href={fileHref(file.id)} download>
            {prefix}
            {file.fileName}
          </a>
          <span className="muted">（{formatFileSize(file.size)}）</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * What the applicant sees of one application and may do on it (workflow.md §6), for the account
 * page and for the page a tracking-code look-up opens. Only the steps lib/workflow offers are shown.
 */
export function ApplicationDetail({
  application,
  letters,
  deliveries,
  letterHref,
  subApplicationHref,
  deadlineSubscriptions,
}: {
  application: MyApplicationDetail;
  /** The applicant's active deadline feeds of this application (issue 16.5). */
  deadlineSubscriptions: SubscriptionItem[];
  letters: ApplicantLetterSummary[];
  /** 送达记录 of the letters (issue 16.3). */
  deliveries: DeliveryOverview;
  letterHref: (letterId: string) => string;
  /** Where a sub-application (一事一申请) of this application opens. */
  subApplicationHref: (applicationId: string) => string;
}) {
  const withdrawal = application.events.find((event) => event.type === "withdrawn");
  const rated = application.events.find((event) => event.type === "rated");
  const { correction, fee, withdraw, referral } = application.steps;
  const { from: referredFrom, to: referredTo } = application.referral;
  return (
    <>
      {withdrawal ? (
        <Alert kind="success">
          <strong>撤回确认：</strong>您已于 {chinaDate(new Date(withdrawal.at))} 撤回受理编号为 {application.caseNumber} 的申请，该申请已应您的要求终止办理。
        </Alert>
      ) : null}
      <ApplicationProgress view={application} />

      {referredFrom || referredTo || referral ? (
        <section className="panel" aria-labelledby="referral-heading">
          <h2 id="referral-heading">转交负责公开的机关</h2>
          {referredFrom ? (
            <p>
              本申请由您在{referredFrom.agencyName}的申请 <a href={subApplicationHref(referredFrom.id)}>{referredFrom.caseNumber}</a>{" "}
              转交而来。{application.receivedOn ? null : "本机关自确认收到申请之日起依法答复。"}
            </p>
          ) : null}
          {referredTo ? (
            <p>
              您已将本申请转交{referredTo.agencyName}，新的申请编号为 <a href={subApplicationHref(referredTo.id)}>{referredTo.caseNumber}</a>。
            </p>
          ) : null}
          {referral ? (
            <>
              <p>
                本机关答复：您申请的信息不属于本机关负责公开，负责公开的机关为{referral.agencyName}，该机关也在本平台办理申请。经您同意，可将本申请（申请人信息、申请内容和身份证明）直接转交该机关，无需重新填写。
              </p>
              <ReferralForm applicationId={application.id} agencyName={referral.agencyName} />
            </>
          ) : null}
        </section>
      ) : null}

      {application.subApplications.length > 0 ? (
        <section className="panel" aria-labelledby="sub-applications-heading">
          <h2 id="sub-applications-heading">拆分后的申请</h2>
          <p className="muted">按照“一事一申请”的原则，本申请已拆分为以下申请，分别办理、分别答复。请逐一查看其进度、文书和需要您办理的事项。</p>
          <table>
            <thead>
              <tr>
                <th scope="col">受理编号</th>
                <th scope="col">状态</th>
                <th scope="col">收到申请日期</th>
                <th scope="col">答复期限</th>
              </tr>
            </thead>
            <tbody>
              {application.subApplications.map((sub) => (
                <tr key={sub.id}>
                  <td>
                    <a href={subApplicationHref(sub.id)}>{sub.caseNumber}</a>
                  </td>
                  <td>{sub.statusLabel}</td>
                  <td>{sub.receivedOn ?? "—"}</td>
                  <td>{sub.replyDueOn ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {correction ? (
        <section className="panel" aria-labelledby="correction-heading">
          <h2 id="correction-heading">提交补正</h2>
          {correction.points.length > 0 ? (
            <>
              <p>补正告知书要求补正的内容：</p>
              <ol>
                {correction.points.map((point) => (
                  <li key={point}>{point}</li>
                ))}
              </ol>
            </>
          ) : null}
          {correction.answeredOn ? (
            <Alert kind="info">您已于 {correction.answeredOn} 在线提交补正，待行政机关确认收到。在补正期限内您仍可修改后重新提交。</Alert>
          ) : null}
          <CorrectionForm applicationId={application.id} items={application.items} deadlineOn={correction.deadlineOn} />
        </section>
      ) : null}

      {fee ? (
        <section className="panel" aria-labelledby="fee-heading">
          <h2 id="fee-heading">收费通知</h2>
          <p>
            行政机关依照《政府信息公开信息处理费管理办法》决定收取信息处理费 <strong>{fee.amountYuan} 元</strong>
            {fee.payBy ? `，请于 ${fee.payBy} 前缴纳` : ""}。详见“文书与答复”中的收费通知书。逾期未缴纳的，申请视为放弃。
          </p>
          {fee.accepted ? <Alert kind="info">您已表示同意缴费。行政机关记录缴费后，答复期限继续计算。</Alert> : null}
          <FeeResponse applicationId={application.id} canAccept={fee.canAccept} />
        </section>
      ) : null}

      <section className="panel" aria-labelledby="letters-heading">
        <h2 id="letters-heading">文书与答复</h2>
        {letters.length > 0 ? (
          <LetterList letters={letters} hrefOf={letterHref} />
        ) : (
          <p className="muted">
            {application.receivedOn
              ? "行政机关出具的回执、告知书和答复书将在这里列出，可在线阅读和打印。"
              : "行政机关确认收到申请后，将在这里提供《申请接收回执》；之后的告知书、答复书和提供的政府信息也在这里查看。"}
          </p>
        )}
        {application.releasedFiles.length > 0 ? (
          <>
            <h3>提供的政府信息</h3>
            <FileLinks files={application.releasedFiles} prefix="下载：" />
          </>
        ) : null}
      </section>

      <DeliveryRecords overview={deliveries} />

      <DeadlineSubscriptions
        subscriptions={deadlineSubscriptions}
        finished={isFinished(application.status)}
        subscribe={subscribeDeadlinesAction.bind(null, application.id)}
        revoke={revokeDeadlineSubscriptionAction.bind(null, application.id)}
      />

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
            <Optional term="工作单位" value={application.applicant.employer} />
            <Optional term="法定代表人/负责人" value={application.applicant.legalRepresentative} />
            <Optional term="联系人" value={application.applicant.orgKindLabel ? application.applicant.contactName : null} />
            <dt>{application.applicant.orgKindLabel ? "联系人电话" : "联系电话"}</dt>
            <dd>{application.applicant.phone}</dd>
            <Optional term="电子邮箱" value={application.applicant.email} />
            <Optional term="传真" value={application.applicant.fax} />
            <Optional
              term="通信地址"
              value={application.applicant.address ? `${application.applicant.address}${application.applicant.postcode ? `（邮政编码 ${application.applicant.postcode}）` : ""}` : null}
            />
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
        {application.correctionFiles.length > 0 ? (
          <>
            <h3>补正材料</h3>
            <FileLinks files={application.correctionFiles} />
          </>
        ) : null}
      </section>

      {application.canRate || rated ? (
        <section className="panel" aria-labelledby="rate-heading">
          <h2 id="rate-heading">评价</h2>
          {/* Once rated (also right after submitting: the page is refreshed), the thanks stay. */}
          {rated ? <Alert kind="success">您已于 {chinaDate(new Date(rated.at))} 评价本申请，感谢您的评价。</Alert> : <RateForm applicationId={application.id} />}
        </section>
      ) : null}

      {withdraw ? (
        <section className="panel" aria-labelledby="withdraw-heading">
          <h2 id="withdraw-heading">撤回申请</h2>
          <p className="muted">在行政机关作出答复前，您可以撤回申请。</p>
          <WithdrawForm applicationId={application.id} caseNumber={application.caseNumber} />
        </section>
      ) : null}
    </>
  );
}
