import { describe, expect, it } from "vitest";
import { detectFile, formatFileSize } from "./file-kind";

const PNG = Uint8Array.from(
  Buffer.from(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
      "1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082",
    "hex",
  ),
);
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
const EXE = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]);

describe("file kinds are checked by content, not by name", () => {
  it("accepts a real PNG and PDF", async () => {
    expect(await detectFile(PNG, ["png", "pdf"])).toMatchObject({ kind: "png", mime: "image/png" });
    expect(await detectFile(PDF, ["png", "pdf"], "x.pdf")).toMatchObject({ kind: "pdf" });
  });
  it("refuses an executable renamed to .pdf", async () => {
    expect(await detectFile(EXE, ["pdf"], "report.pdf")).toBeUndefined();
  });
  it("refuses plain text", async () => {
    expect(await detectFile(new TextEncoder().encode("hello"), ["pdf"], "a.pdf")).toBeUndefined();
  });
  it("refuses an allowed-elsewhere kind that is not allowed here", async () => {
    expect(await detectFile(PNG, ["pdf"])).toBeUndefined();
  });
  it("formats sizes", () => {
    expect(formatFileSize(512)).toBe("512 B");
    expect(formatFileSize(2048)).toBe("2 KB");
    expect(formatFileSize(3 * 1024 * 1024)).toBe("3.0 MB");
  });
});
