import fs from "node:fs";
import path from "node:path";
import { agencies } from "./schema";
import type { Db } from "./types";
import { seedCategoryTree } from "@/lib/documents/categories";
import { formatIndexNumber } from "@/lib/documents/index-number";
import { importDocuments, type ImportRow } from "@/lib/documents/import";
import { DEMO_DOCUMENTS, SAMPLE_TITLE, type DemoDocument } from "./seed-data/demo-documents";

const AGENCY_CODES = { balitai: "11120112MB1957322H", jinnan: "11120112000069010W" } as const;
const SAMPLE_FILE = path.join(process.cwd(), "db", "seed-data", "balitai-2024-rule-of-law-report.txt");

/**
 * The sample's text as paragraphs. The text was extracted from a paginated PDF: a long block that
 * stops mid-sentence continues in the next block (page break), so the two are joined.
 */
export function sampleParagraphs(text: string): string[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  // The letterhead, 文号, 签发人 and title are metadata; the body starts at the addressee.
  const start = lines.findIndex((line) => line.trim() === "津南区人民政府：");
  const blocks = lines
    .slice(start)
    .map((line) => line.trim())
    .filter(Boolean);
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const previous = paragraphs[paragraphs.length - 1];
    if (previous && previous.length > 40 && !/[。：；！？”）)]$/.test(previous)) paragraphs[paragraphs.length - 1] = previous + block;
    else paragraphs.push(block);
  }
  return paragraphs;
}

/** 八里台镇人民政府2024年法治政府建设情况报告 exactly as catalogue.md describes it. */
export function sampleDocument(): DemoDocument & { signer: string } {
  return {
    agency: "balitai",
    title: SAMPLE_TITLE,
    categoryCode: "rule-of-law",
    docType: "work_report",
    docNumber: "八里台政报〔2024〕27号",
    signer: "董明彦",
    issuedOn: "2024-12-20",
    publishedOn: "2024-12-27",
    keywords: "法治政府建设 依法行政 普法",
    summary:
      "八里台镇2024年推进法治政府建设的主要举措和成效、存在的不足和原因、党政主要负责人履行推进法治建设第一责任人职责的情况，以及2025年推进法治政府建设的主要安排。",
    paragraphs: sampleParagraphs(fs.readFileSync(SAMPLE_FILE, "utf8")),
  };
}

/**
 * Seed the category tree of every agency and the demo catalogue (the sample first). Idempotent:
 * documents are imported on their 索引号, which each gets from its place in the list.
 */
export async function seedCatalogue(db: Db): Promise<void> {
  const agencyRows = await db.select().from(agencies);
  for (const agency of agencyRows) await seedCategoryTree(db, agency.id);

  const all: (DemoDocument & { signer?: string })[] = [sampleDocument(), ...DEMO_DOCUMENTS];
  const serials = new Map<string, number>();
  const indexNumbers = new Map<string, string>();
  const rows: ImportRow[] = all.map((doc, i) => {
    const agencyCode = AGENCY_CODES[doc.agency];
    const agency = agencyRows.find((row) => row.code === agencyCode)!;
    const year = Number(doc.issuedOn.slice(0, 4));
    const key = `${agencyCode}/${year}`;
    const serial = (serials.get(key) ?? 0) + 1;
    serials.set(key, serial);
    const indexNumber = formatIndexNumber(agency.indexNumberTemplate, { agencyCode, year, serial });
    indexNumbers.set(doc.title, indexNumber);
    return {
      line: i + 1,
      value: {
        agencyCode,
        indexNumber,
        status: doc.publishedOn ? "published" : "draft",
        publishedOn: doc.publishedOn ?? "",
        title: doc.title,
        categoryCode: doc.categoryCode,
        docType: doc.docType,
        docNumber: doc.docNumber ?? "",
        signer: doc.signer ?? "",
        issuedOn: doc.issuedOn,
        changedOn: "",
        validity: doc.validity ?? "valid",
        expiresOn: doc.expiresOn ?? "",
        repealedOn: doc.repealedOn ?? "",
        keywords: doc.keywords ?? "",
        summary: doc.summary,
        body: doc.paragraphs.join("\n"),
        linkedIndexNumbers: (doc.interprets ?? []).map((title) => indexNumbers.get(title) ?? title).join(" "),
      },
    };
  });
  const report = await importDocuments(db, rows);
  if (report.problems.length) {
    throw new Error(`演示目录数据有误：${report.problems.map((p) => `第${p.line}条 ${p.path} ${p.message}`).join("；")}`);
  }
}
