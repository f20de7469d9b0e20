import "./workbench.css";
import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listInbox, QUEUE_LABELS, WORKBENCH_ROLES, type Inbox } from "@/lib/applications/workbench/inbox";
import { APPLICANT_TYPE_LABELS, APPLICATION_CHANNELS, APPLICANT_TYPES, CHANNEL_LABELS } from "@/lib/applications/vocabulary";
import { requireRole } from "@/lib/auth/session";
import { listOpenSupervisionNotes } from "@/lib/supervision/notes";
import { SupervisionNotes } from "@/components/supervision/supervision-notes";
import { ValidationError } from "@/lib/errors";
import { APPLICATION_STATUSES, STATUS_LABELS } from "@/lib/workflow/status";
import { Alert } from "@/components/ui/alert";
import { MovedDeadlines } from "@/components/workbench/moved-deadlines";
import { listMovedDeadlines } from "@/lib/applications/workbench/moved-deadlines";
import { listAssignees } from "@/lib/applications/workbench/bulk-assign";
import { canonicalFilterQuery, listSavedFilters } from "@/lib/applications/workbench/saved-filters";
import { TRANSITIONS } from "@/lib/applications/case/engine";
import { BulkAssignForm } from "@/components/workbench/bulk-assign-form";
import { SavedFilters } from "@/components/workbench/saved-filters";
import { bulkAssignAction, deleteFilterAction, saveFilterAction } from "./actions";

export const metadata: Metadata = { title: "依申请公开 · 收件箱" };

type Search = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function InboxPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireRole(WORKBENCH_ROLES, "/staff/applications");
  const search = await searchParams;
  const raw = {
    status: first(search.status),
    channel: first(search.channel),
    applicantType: first(search.applicantType),
    overdue: first(search.overdue),
    dueWithin: first(search.dueWithin),
    q: first(search.q),
    mine: first(search.mine),
    page: first(search.page),
  };
  const db = await getDb();
  const canAssign = (TRANSITIONS.assign.roles as readonly string[]).includes(actor.role);
  const [moved, savedFilters, assignees, supervision] = await Promise.all([
    listMovedDeadlines(db, actor),
    listSavedFilters(db, actor),
    canAssign ? listAssignees(db, actor) : [],
    listOpenSupervisionNotes(db, actor),
  ]);
  let inbox: Inbox | null = null;
  let problem: string | null = null;
  try {
    inbox = await listInbox(db, actor, raw);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    problem = `筛选条件有误：${error.message}`;
  }
  return (
    <>
      <nav className="breadcrumb" aria-label="当前位置">
        <Link href="/staff">工作台</Link> › 依申请公开
      </nav>
      <h1>依申请公开 · 收件箱</h1>
      <SupervisionNotes notes={supervision} />
      {actor.role === "clerk" ? (
        <p>
          <Link className="button" href="/staff/applications/new">
            登记线下申请
          </Link>
          <span className="muted"> 当面、信函、传真、电子邮件或口头提出的申请</span>
        </p>
      ) : null}
      <p>
        <Link href="/staff/applications/register">导出登记台账（XLSX / CSV）</Link>
      </p>
      {inbox ? (
        <ul className="inbox-counts" aria-label="数量统计">
          <li>待确认收到：{inbox.counts.unconfirmed}</li>
          <li>补正期限已届满，待确认：{inbox.counts.correctionExpired}</li>
          <li>办理中：{inbox.counts.open}</li>
          <li>
            <span className="urgency urgency-overdue">已逾期：{inbox.counts.overdue}</span>
          </li>
          <li>
            <span className="urgency urgency-dueSoon">即将到期：{inbox.counts.dueSoon}</span>
          </li>
          <li>已办结：{inbox.finishedCapped ? `超过 ${inbox.counts.finished}` : inbox.counts.finished}</li>
        </ul>
      ) : null}

      <form className="filter-form panel" method="get" aria-label="搜索和筛选">
        <div className="field field-wide">
          <label htmlFor="f-q">搜索</label>
          <input id="f-q" name="q" type="search" maxLength={100} defaultValue={raw.q} aria-describedby="f-q-hint" />
          <p id="f-q-hint" className="muted">
            受理编号、申请人姓名或名称、联系电话、查询码或申请内容中的词语
          </p>
        </div>
        <div className="field">
          <label htmlFor="f-status">办理状态</label>
          <select id="f-status" name="status" defaultValue={raw.status}>
            <option value="">全部</option>
            {APPLICATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-channel">申请方式</label>
          <select id="f-channel" name="channel" defaultValue={raw.channel}>
            <option value="">全部</option>
            {APPLICATION_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-type">申请人类型</label>
          <select id="f-type" name="applicantType" defaultValue={raw.applicantType}>
            <option value="">全部</option>
            {APPLICANT_TYPES.map((t) => (
              <option key={t} value={t}>
                {APPLICANT_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-due">答复期限在N个工作日内</label>
          <input id="f-due" name="dueWithin" inputMode="numeric" defaultValue={raw.dueWithin} />
        </div>
        <div className="field">
          <label>
            <input type="checkbox" name="overdue" value="1" defaultChecked={raw.overdue === "1"} /> 只看已逾期
          </label>
        </div>
        <div className="field">
          <label>
            <input type="checkbox" name="mine" value="1" defaultChecked={raw.mine === "1"} /> 只看我的（指定我办理的）
          </label>
        </div>
        <div>
          <button className="button" type="submit">
            搜索 / 筛选
          </button>{" "}
          <Link href="/staff/applications">清除筛选</Link>
        </div>
      </form>

      <SavedFilters filters={savedFilters} currentQuery={currentFilterQuery(raw)} save={saveFilterAction} remove={deleteFilterAction} />
      <MovedDeadlines rows={moved} />
      {problem ? <Alert kind="error">{problem}</Alert> : null}
      {inbox ? (
        canAssign && inbox.rows.length > 0 ? (
          <BulkAssignForm action={bulkAssignAction} assignees={assignees}>
            <InboxTable inbox={inbox} selectable />
          </BulkAssignForm>
        ) : (
          <InboxTable inbox={inbox} selectable={false} />
        )
      ) : null}
      {inbox ? <Pager inbox={inbox} raw={raw} /> : null}
    </>
  );
}

/** The filter as a query string for saving (nothing when it does not parse: the page shows why). */
function currentFilterQuery(raw: Record<string, string>): string {
  try {
    return canonicalFilterQuery(new URLSearchParams(raw).toString());
  } catch (error) {
    if (error instanceof ValidationError) return "";
    throw error;
  }
}

function Pager({ inbox, raw }: { inbox: Inbox; raw: Record<string, string> }) {
  const href = (page: number) => {
    const params = new URLSearchParams(Object.entries(raw).filter(([key, value]) => value !== "" && key !== "page"));
    if (page > 1) params.set("page", String(page));
    const query = params.toString();
    return `/staff/applications${query ? `?${query}` : ""}`;
  };
  return (
    <nav className="pager" aria-label="分页">
      <span>
        {inbox.listedCapped ? `超过 ${inbox.listed} 件，可增加检索词或筛选条件缩小范围` : `共 ${inbox.listed} 件`}，第 {inbox.page} / {inbox.pages} 页
      </span>{" "}
      {inbox.page > 1 ? <Link href={href(inbox.page - 1)}>上一页</Link> : null}{" "}
      {inbox.page < inbox.pages ? <Link href={href(inbox.page + 1)}>下一页</Link> : null}
    </nav>
  );
}

function InboxTable({ inbox, selectable }: { inbox: Inbox; selectable: boolean }) {
  if (inbox.rows.length === 0) return <p className="muted">没有符合条件的申请。</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <thead>
          <tr>
            {selectable ? <th scope="col">选择</th> : null}
            <th scope="col">受理编号</th>
            <th scope="col">申请人</th>
            <th scope="col">申请方式</th>
            <th scope="col">办理状态</th>
            <th scope="col">提交 / 收到</th>
            <th scope="col">答复期限</th>
            <th scope="col">提示</th>
          </tr>
        </thead>
        <tbody>
          {inbox.rows.flatMap((row, index) => {
            const heading =
              row.queue !== inbox.rows[index - 1]?.queue ? (
                <tr key={`q-${row.queue}`} className="queue-heading">
                  <td colSpan={selectable ? 8 : 7}>{QUEUE_LABELS[row.queue]}</td>
                </tr>
              ) : null;
            return [
              heading,
              <tr key={row.id}>
                {selectable ? (
                  <td>
                    {row.queue === "finished" ? null : <input type="checkbox" name="ids" value={row.id} aria-label={`选择 ${row.caseNumber}`} />}
                  </td>
                ) : null}
                <td>
                  <Link href={`/staff/applications/${row.id}`}>{row.caseNumber}</Link>
                </td>
                <td>
                  {row.applicantName}
                  <span className="muted">（{APPLICANT_TYPE_LABELS[row.applicantType as keyof typeof APPLICANT_TYPE_LABELS]}）</span>
                </td>
                <td>{CHANNEL_LABELS[row.channel as keyof typeof CHANNEL_LABELS]}</td>
                <td>
                  {row.statusLabel}
                  {row.archived ? <span className="muted">（已归档）</span> : null}
                </td>
                <td>
                  {row.submittedOn}
                  {row.receivedOn ? ` / ${row.receivedOn}` : " / 未确认"}
                </td>
                <td>{row.replyDueLabel || "—"}</td>
                <td>
                  <span className={`urgency urgency-${row.urgency}`}>{row.urgencyText}</span>
                  {row.queue === "correctionExpired" && row.correctionDueOn ? <span className="muted">（补正期限{row.correctionDueOn}）</span> : null}
                  {row.onlineOpinion ? <span className="repeat-flag">第三方已在线提交意见，待处理</span> : null}
                  {row.repeatOf ? (
                    <span className="repeat-flag">
                      疑似重复申请（见 <Link href={`/staff/applications/${row.repeatOf.id}`}>{row.repeatOf.caseNumber}</Link>）
                    </span>
                  ) : null}
                </td>
              </tr>,
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}
