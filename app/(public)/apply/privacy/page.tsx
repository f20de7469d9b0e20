import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { applicationFormContext } from "@/lib/applications/form-context";

export const metadata: Metadata = { title: "个人信息处理规则" };
export const dynamic = "force-dynamic";

/**
 * 个人信息处理规则 for 依申请公开 (《个人信息保护法》第十七条: the processor and its contact, purpose,
 * manner, kinds, retention, how to exercise one's rights; 第三十条 for the ID number, a sensitive
 * item; 第三十五条: a state organ processing for its statutory duty informs too). Where the reference
 * is silent (retention), it says what a government archive does, no more than the system does.
 */
export default async function PrivacyNoticePage() {
  const { agencies } = await applicationFormContext(await getDb(), null);
  return (
    <>
      <nav className="breadcrumb" aria-label="当前位置">
        <Link href="/apply">依申请公开</Link> › 个人信息处理规则
      </nav>
      <h1>个人信息处理规则</h1>
      <p>
        根据《中华人民共和国个人信息保护法》第十七条、第三十五条，在您提交政府信息公开申请前，告知您以下事项。提交申请即表示您已阅读本规则。
      </p>

      <section className="panel" aria-labelledby="privacy-who">
        <h2 id="privacy-who">一、谁处理您的个人信息</h2>
        <p>
          个人信息处理者是您在申请表中选择的<strong>受理机关</strong>，由其政府信息公开工作机构负责办理。各机关的联系方式：
        </p>
        <ul>
          {agencies.map((agency) => (
            <li key={agency.code}>
              {agency.name}：{agency.office.name}，{agency.office.address}，电话 {agency.office.phone}
              {agency.office.email ? `，电子邮箱 ${agency.office.email}` : ""}
            </li>
          ))}
        </ul>
      </section>

      <section className="panel" aria-labelledby="privacy-why">
        <h2 id="privacy-why">二、处理目的和依据</h2>
        <p>
          仅用于办理您的政府信息公开申请：核实申请人身份、与您联系、出具和送达告知书与答复、在“查询申请”中向您本人显示办理进度（《中华人民共和国政府信息公开条例》第二十九条至第四十五条）。处理依据是受理机关履行法定职责所必需（《个人信息保护法》第十三条第一款第三项），不用于其他目的，不用于营销。
        </p>
      </section>

      <section className="panel" aria-labelledby="privacy-what">
        <h2 id="privacy-what">三、保存哪些信息</h2>
        <ul>
          <li>申请人信息：姓名或名称、证件类型和号码（或统一社会信用代码）、联系电话、电子邮箱、通信地址、邮政编码、传真、工作单位、法定代表人和联系人；</li>
          <li>身份证明文件（您上传的证件照片或扫描件）、申请内容、补正材料，以及办理过程中的记录和文书；</li>
          <li>
            <strong>证件号码属于敏感个人信息</strong>（《个人信息保护法》第二十八条）：加密保存，工作人员页面中只显示部分号码，确需查看完整号码的每一次查看都被记录；
          </li>
          <li>查询码只保存不可还原的校验值，本机关也无法查看查询码原文；通过“查询申请”的查询记录保存 30 分钟的会话，关闭浏览器或点击“退出查询”即失效；</li>
          <li>注册账号的，还保存账号的姓名、手机号码、电子邮箱和密码的不可还原校验值。</li>
        </ul>
      </section>

      <section className="panel" aria-labelledby="privacy-how-long">
        <h2 id="privacy-how-long">四、保存多久</h2>
        <p>
          申请办结后，申请材料和办理记录作为政府信息公开工作的文书档案，依照《机关文件材料归档范围和文书档案保管期限规定》（国家档案局令第8号）和受理机关的文书档案保管期限表保存；保管期满后按档案管理规定鉴定、销毁。注册账号的信息保存至您申请注销账号时，但已提交申请的档案仍按上述期限保存。
        </p>
      </section>

      <section className="panel" aria-labelledby="privacy-who-sees">
        <h2 id="privacy-who-sees">五、谁能看到</h2>
        <ul>
          <li>受理机关办理该申请的经办人员、审核人员和负责人，按岗位权限查看；</li>
          <li>申请内容涉及第三方合法权益、需要征求第三方意见的，受理机关只向第三方说明所申请的信息，不提供您的证件号码和联系方式（条例第三十二条）；</li>
          <li>需要向其他机关征求意见或转送的，只提供办理所需的内容；</li>
          <li>发生行政复议、行政诉讼的，依法向复议机关、人民法院提供；</li>
          <li>您的个人信息不会公开。政府信息公开工作年度报告只统计件数，不含任何个人信息。</li>
        </ul>
      </section>

      <section className="panel" aria-labelledby="privacy-rights">
        <h2 id="privacy-rights">六、您的权利</h2>
        <p>
          您有权查阅、复制、更正、补充您的个人信息，有权要求解释处理规则，在法律规定的情形下有权要求删除（《个人信息保护法》第四十四条至第四十八条）。请联系上面列出的受理机关政府信息公开工作机构。注册用户可在“我的账号”中查看本人提交的申请。
        </p>
      </section>
    </>
  );
}
