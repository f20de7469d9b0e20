import { count, eq } from "drizzle-orm";
import { applications, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { submitApplication, type SubmissionResult } from "./submit-application";

/** A 1×1 PNG standing in for an identity-proof scan (demo only). */
export const DEMO_PROOF = Uint8Array.from(
  Buffer.from(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
      "1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082",
    "hex",
  ),
);

/**
 * Demo applications for the staff workbench (`npm run db:seed` only, never in tests): one filed by
 * the demo citizen 张三, one by an organisation without an account. Skipped once any exists.
 */
export async function seedDemoApplications(db: Db): Promise<(SubmissionResult & { phone: string })[]> {
  const [{ existing }] = (await db.select({ existing: count() }).from(applications)) as [{ existing: number }];
  if (existing > 0) return [];
  const [citizen] = await db.select().from(users).where(eq(users.email, "citizen@example.com"));
  const proof = [{ name: "身份证明.png", content: DEMO_PROOF }];
  const options = { ip: "seed", rateLimitPerHour: 1000 };
  const person = await submitApplication(
    db,
    citizen ? { userId: citizen.id, role: "citizen", agencyId: null, name: citizen.name } : null,
    {
      agency: "11120112MB1957322H",
      applicantType: "person",
      applicant: { name: "张三", idType: "居民身份证", idNumber: "11010519491231002X", phone: "13800138000", email: "citizen@example.com" },
      items: [{ title: "八里台镇2025年镇级财政预算报告", description: "请提供八里台镇2025年镇级财政预算报告及预算编制说明的全文。" }],
      carrierForms: ["电子文档"],
      deliveryMethods: ["网上获取", "电子邮件"],
    },
    proof,
    options,
  );
  const organization = await submitApplication(
    db,
    null,
    {
      agency: "11120112MB1957322H",
      applicantType: "organization",
      applicant: {
        name: "天津示例科技有限公司",
        orgKind: "commercial",
        creditCode: "91110000600037341L",
        legalRepresentative: "李四",
        contactName: "王五",
        contactPhone: "022-12345678",
        address: "天津市津南区八里台镇示例路1号",
        postcode: "300350",
      },
      items: [
        { title: "2025年八里台镇企业扶持资金发放情况", description: "请提供2025年度八里台镇企业扶持资金的发放名单、金额和依据文件。" },
        { title: "八里台镇工业园区规划批复", description: "请提供八里台镇工业园区总体规划的批复文件。" },
      ],
      carrierForms: ["纸质"],
      deliveryMethods: ["邮寄"],
    },
    proof,
    options,
  );
  return [
    { ...person, phone: "13800138000" },
    { ...organization, phone: "022-12345678" },
  ];
}
