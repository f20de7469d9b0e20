import type { Metadata } from "next";
import Link from "next/link";
import { REPLY_PERIOD_NOTE } from "@/lib/applications/time-limit-notes";

export const metadata: Metadata = { title: "依申请公开" };

/** 依申请公开: the entries (apply, look up, my applications) on top; guidance below. */
export default function ApplyPage() {
  return (
    <>
      <h1>依申请公开</h1>
      <section className="panel" aria-labelledby="apply-entries">
        <h2 id="apply-entries">办理入口</h2>
        <div className="grid">
          <div className="card">
            <h3>在线提交申请</h3>
            <p>填写政府信息公开申请表，上传身份证明。无需注册；登录后提交的申请可在“我的申请”中查看。</p>
            <Link className="button" href="/apply/new">
              填写申请表
            </Link>
          </div>
          <div className="card">
            <h3>查询申请进度</h3>
            <p>凭提交凭证上的查询码和提交时填写的联系电话，查看办理进度。</p>
            <Link className="button secondary" href="/apply/lookup">
              查询申请
            </Link>
          </div>
          <div className="card">
            <h3>我的申请</h3>
            <p>登录后查看通过本账号提交的全部申请、办理记录和答复期限。</p>
            <Link className="button secondary" href="/account/applications">
              我的申请
            </Link>
          </div>
        </div>
      </section>
      <section className="panel" aria-labelledby="apply-tools">
        <h2 id="apply-tools">办事工具</h2>
        <div className="grid">
          <div className="card">
            <h3>答复期限计算器</h3>
            <p>输入收到申请的日期，按工作日（节假日和调休上班日）推算法定答复期限和延长后的期限。</p>
            <Link className="button secondary" href="/apply/deadline-calculator">
              计算答复期限
            </Link>
          </div>
          <div className="card">
            <h3>信息处理费计算器</h3>
            <p>按件计收或按量计收，估算超过合理范围时可能收取的信息处理费。</p>
            <Link className="button secondary" href="/apply/fee-calculator">
              估算信息处理费
            </Link>
          </div>
        </div>
      </section>
      <section className="panel" aria-labelledby="apply-notes">
        <h2 id="apply-notes">申请须知</h2>
        <ul>
          <li>公民、法人或者其他组织可以向行政机关申请获取相关政府信息（《中华人民共和国政府信息公开条例》第二十七条），无需说明用途。</li>
          <li>申请应当包括申请人的姓名或者名称、身份证明、联系方式，所需信息的名称、文号或者便于查询的其他特征性描述，以及获取信息的方式和载体形式（条例第二十九条）。</li>
          <li>网上提交的申请，以行政机关确认收到之日为收到申请之日（条例第三十一条）；{REPLY_PERIOD_NOTE}（条例第三十三条）。</li>
          <li>书写确有困难的，可以口头提出，由行政机关代为填写（条例第二十九条）；需要阅读或视听障碍方面协助的，请在申请表中勾选（条例第四十三条）。</li>
        </ul>
      </section>
    </>
  );
}
