import "./applications.css";
import type { ApplicationStatusView } from "@/lib/applications/applicant-view";
import { ClockExplanation, ReplyDue } from "./clock-summary";
import { chinaDateTime } from "@/lib/validation/china-date";


/** Status, receipt date, the reply deadline with its explanation, and the applicant-visible timeline. */
export function ApplicationProgress({ view }: { view: ApplicationStatusView }) {
  const { clock } = view;
  return (
    <div className="progress">
      <section className="panel" aria-labelledby="progress-status">
        <h2 id="progress-status">办理状态</h2>
        <dl>
          <dt>受理编号</dt>
          <dd>{view.caseNumber}</dd>
          <dt>受理机关</dt>
          <dd>{view.agency.name}</dd>
          <dt>办理状态</dt>
          <dd>
            <span className="status-badge">{view.statusLabel}</span>
            {view.archived ? <span className="muted">（已归档）</span> : null}
          </dd>
          <dt>收到申请之日</dt>
          <dd>{view.receivedOn ?? "尚未确认收到"}</dd>
          <dt>答复期限</dt>
          <dd data-testid="reply-due">
            <ReplyDue clock={clock} />
          </dd>
        </dl>
        <ClockExplanation clock={clock} heading="期限说明" />
      </section>
      <section className="panel" aria-labelledby="progress-timeline">
        <h2 id="progress-timeline">办理记录</h2>
        <ol className="timeline">
          {view.events.map((event, index) => (
            <li key={`${event.at}-${index}`}>
              <time dateTime={event.at}>{chinaDateTime(event.at)}</time>
              {event.label}
              {event.basis ? <span className="muted">（{event.basis}）</span> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
