import { describe, expect, it } from "vitest";
import type { DetectedFile } from "./file-kind";
import { cleanDisplayName, nameFromContent, servedFileName } from "./file-name";

const PDF: DetectedFile = { kind: "pdf", mime: "application/pdf", extension: "pdf" };
const JPG: DetectedFile = { kind: "jpg", mime: "image/jpeg", extension: "jpg" };
const DOC: DetectedFile = { kind: "cfb", mime: "application/msword", extension: "doc" };

describe("stored names follow the detected content (等保: uploads keep no foreign extension)", () => {
  it.each(["补正材料.hta", "报告.pdf.exe", "poly.html", "a.PDF.js", "x.svg"])("refuses %s holding a PDF, in Chinese", (name) => {
    const result = nameFromContent(name, PDF, "文件");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/扩展名.*与文件内容（PDF）不符，未予保存/);
  });

  it.each([
    ["说明.pdf", PDF, "说明.pdf"],
    ["说明.PDF", PDF, "说明.pdf"],
    ["照片.jpeg", JPG, "照片.jpg"],
    ["无扩展名", PDF, "无扩展名.pdf"],
    ["关于2024.12.31", PDF, "关于2024.12.31.pdf"],
    ["旧文档.doc", DOC, "旧文档.doc"],
    ["", PDF, "文件.pdf"],
    ["..", PDF, "文件.pdf"],
  ] as const)("names %s as %s", (name, detected, expected) => {
    expect(nameFromContent(name, detected, "文件")).toEqual({ ok: true, fileName: expected });
  });

  it("strips folders, control characters and bidi overrides", () => {
    expect(cleanDisplayName("../../etc/passwd")).toBe("passwd");
    expect(cleanDisplayName("C:\\Users\\张三\\身份证.png")).toBe("身份证.png");
    expect(cleanDisplayName("a\u0000b\r\n.pdf")).toBe("ab.pdf");
    expect(nameFromContent("报告\u202Efdp.exe", PDF, "文件").ok).toBe(false);
    expect(nameFromContent("报告\u202Egnp.pdf", PDF, "文件")).toEqual({ ok: true, fileName: "报告gnp.pdf" });
  });

  it("serves an old row under the extension of its recorded type", () => {
    expect(servedFileName("补正材料.hta", "application/pdf")).toBe("补正材料.pdf");
    expect(servedFileName("x.pdf.exe", "application/pdf")).toBe("x.pdf");
    expect(servedFileName("照片.jpeg", "image/jpeg")).toBe("照片.jpeg");
    expect(servedFileName("a/b\u0007.png", "image/png")).toBe("b.png");
    expect(servedFileName("说明", "application/x-unknown")).toBe("说明.bin");
  });
});
