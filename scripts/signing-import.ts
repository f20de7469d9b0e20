import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { agencies } from "@/db/schema";
import { importSigningCertificate } from "@/lib/letters/signed/agency-certificate";
import { withCliDatabase } from "./cli-database";

/**
 * `npm run signing:import -- --agency <code> --key key.pem --cert cert.pem`: the agency's signing
 * key and certificate for letter PDFs (issue 16; required in production, where the portal never
 * makes up a certificate). The newest import signs from then on; earlier letters keep theirs.
 */
const { values } = parseArgs({ options: { agency: { type: "string" }, key: { type: "string" }, cert: { type: "string" } } });
if (!values.agency || !values.key || !values.cert) {
  console.error("用法 / usage: npm run signing:import -- --agency <统一社会信用代码> --key <私钥.pem> --cert <证书.pem>");
  process.exit(2);
}
const { agency: code, key, cert } = values;

void withCliDatabase(async ({ db }) => {
  const [agency] = await db.select().from(agencies).where(eq(agencies.code, code));
  if (!agency) throw new Error(`未找到机关 ${code} / no agency with this code`);
  const id = await importSigningCertificate(db, agency.id, { keyPem: readFileSync(key, "utf8"), certificatePem: readFileSync(cert, "utf8") }, new Date());
  console.log(`${agency.name}：已导入文书签名证书 ${id} / signing certificate imported`);
});
