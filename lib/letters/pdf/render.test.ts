import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Letter } from "../types";
import { renderLetterPdf } from "./render";

const dir = mkdtempSync(path.join(tmpdir(), "letter-pdf-"));

/** Text of a PDF as poppler's pdftotext extracts it (the applicant's viewer searches the same layer). */
function pdfText(bytes: Uint8Array, name: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

function pageCount(bytes: Uint8Array, name: string): number {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
}

const letter: Letter = {
  kind: "reply",
  title: "政府信息公开申请答复书",
  number: "八里台政公开〔2026〕7号",
  addressee: "张三",
  date: "2026-03-16",
  paragraphs: [
    "本机关于2026年3月2日收到您提出的政府信息公开申请（受理编号：BLT-2026-00007）。",
    "经审查，您申请获取的信息属于公开范围，根据《中华人民共和国政府信息公开条例》第三十六条第二项的规定，现予以公开。",
  ],
  tables: [{ caption: "提供的信息", columns: ["序号", "文件名称", "提供方式"], rows: [["1", "八里台镇2025年财政预算执行情况", "电子文件"]] }],
  remedy: [{ kind: "ordinary", covers: null, text: "如对本答复不服，可以自收到本答复之日起六十日内向天津市津南区人民政府申请行政复议，或者在六个月内向天津市津南区人民法院提起行政诉讼。" }],
  signature: "天津市津南区八里台镇人民政府",
};

describe("renderLetterPdf (issue 16 item 1)", () => {
  it("prints the letter's whole text as selectable Chinese text, with the seal and a page number", async () => {
    const bytes = await renderLetterPdf(letter, { seal: { kind: "demo", agencyName: letter.signature }, issuedAt: new Date("2026-03-16T02:00:00Z"), verifyUrl: "http://localhost:3000/letters/verify/x" });
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const text = pdfText(bytes, "one.pdf").replace(/\s+/g, "");
    for (const part of [letter.title, letter.number!, "张三：", ...letter.paragraphs, "提供的信息", "八里台镇2025年财政预算执行情况", letter.remedy![0]!.text, letter.signature, "2026年3月16日", "演示印章", "—1/1—"]) {
      expect(text).toContain(part.replace(/\s+/g, ""));
    }
    expect(pageCount(bytes, "one.pdf")).toBe(1);
    // A subset of the 20 MB collection is embedded, not the whole face.
    expect(bytes.length).toBeLessThan(300_000);
  });

  it("runs onto further pages and numbers each of them", async () => {
    const long = { ...letter, paragraphs: Array.from({ length: 30 }, (_, i) => `第${i + 1}段：经审查，您申请获取的信息属于公开范围，现予以公开。`) };
    const bytes = await renderLetterPdf(long, { seal: { kind: "demo", agencyName: letter.signature }, issuedAt: new Date("2026-03-16T02:00:00Z") });
    const pages = pageCount(bytes, "long.pdf");
    expect(pages).toBeGreaterThan(1);
    const text = pdfText(bytes, "long.pdf").replace(/\s+/g, "");
    for (let page = 1; page <= pages; page += 1) expect(text).toContain(`—${page}/${pages}—`);
    expect(text).toContain("第30段");
  });

  it("renders the same letter to the same bytes (the hash is the letter's)", async () => {
    const options = { seal: { kind: "demo", agencyName: letter.signature }, issuedAt: new Date("2026-03-16T02:00:00Z") } as const;
    expect(Buffer.from(await renderLetterPdf(letter, options)).equals(Buffer.from(await renderLetterPdf(letter, options)))).toBe(true);
  });
});
