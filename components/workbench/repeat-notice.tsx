import Link from "next/link";
import type { EarlierApplication } from "@/lib/applications/workbench/repeat-applications";

/** 疑似重复申请 on the case page: the earlier case, and what the clerk may decide (条例第三十六条第（六）项). */
export function RepeatNotice({ earlier }: { earlier: EarlierApplication | null }) {
  if (!earlier) return null;
  return (
    <section className="panel notice-repeat" aria-labelledby="repeat-heading" data-testid="repeat-notice">
      <h2 id="repeat-heading">疑似重复申请</h2>
      <p>
        本申请的申请人（身份证件号码相同）和申请内容与本机关此前收到的申请{" "}
        <Link href={`/staff/applications/${earlier.id}`}>{earlier.caseNumber}</Link>（{earlier.statusLabel}）相同。
      </p>
      <p className="muted">
        已就该申请作出答复、申请人重复申请公开相同政府信息的，可依《中华人民共和国政府信息公开条例》第三十六条第（六）项作出“不予重复处理”的答复；是否属于重复申请由经办人核实后决定。
      </p>
    </section>
  );
}
