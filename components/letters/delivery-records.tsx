import type { DeliveryOverview } from "@/lib/applications/delivery/records";
import { LETTER_DELIVERY_CHANNEL_LABELS, LETTER_DELIVERY_STATUS_LABELS } from "@/lib/applications/delivery/channels";
import { chinaDateTime } from "@/lib/validation/china-date";
import { Alert } from "@/components/ui/alert";

/**
 * 送达记录 (条例第四十条 电子送达; issue 16.3): the channels letters go by, then per letter how it went
 * and the day it counts as delivered. `staff` adds why a failed e-mail failed and what to do.
 */
export function DeliveryRecords({ overview, staff = false, recordedOn }: { overview: DeliveryOverview; staff?: boolean; recordedOn?: string | null }) {
  const failed = overview.records.filter((r) => r.status === "failed");
  return (
    <section className="panel" aria-labelledby="deliveries-heading" data-testid="delivery-records">
      <h2 id="deliveries-heading">送达记录</h2>
      <p>
        文书送达方式：
        {overview.channels.length > 0
          ? overview.channels.map((c) => LETTER_DELIVERY_CHANNEL_LABELS[c]).join("；")
          : staff
            ? "申请人未选择电子邮件或网上获取，文书须以其选择的方式送达并记录送达。"
            : "您未选择电子邮件或网上获取，行政机关将以您选择的方式送达文书。"}
      </p>
      {staff && recordedOn ? <p data-testid="delivery-recorded">答复书（告知书）送达已记录：{recordedOn}</p> : null}
      {staff && failed.length > 0 ? (
        <Alert kind="error">
          {failed.map((r) => `${r.letterTitle}${r.letterNumber ? `（${r.letterNumber}）` : ""}`).join("、")}的电子邮件发送失败，不视为已送达，请以其他方式送达并记录送达。
        </Alert>
      ) : null}
      {overview.records.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">文书</th>
              <th scope="col">方式</th>
              <th scope="col">状态</th>
              <th scope="col">送达日期</th>
            </tr>
          </thead>
          <tbody>
            {overview.records.map((r) => (
              <tr key={r.id}>
                <td>
                  {r.letterTitle}
                  {r.letterNumber ? `（${r.letterNumber}）` : ""}
                </td>
                <td>
                  {r.channel === "email" ? `电子邮件 ${r.address ?? ""}` : "网上获取"}
                </td>
                <td>
                  {LETTER_DELIVERY_STATUS_LABELS[r.status]}
                  {r.sentAt && r.channel === "email" ? `（${chinaDateTime(r.sentAt)}发出）` : ""}
                  {staff && r.lastError ? <span className="muted">：{r.lastError}</span> : null}
                </td>
                <td>{r.deliveredOn ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">尚无电子送达记录。</p>
      )}
    </section>
  );
}
