import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localDirectoryStorage } from "@/lib/storage";
import { fileDownload } from "./file-download";

describe("stored files are served as attachments of their detected type", () => {
  it("streams the bytes with nosniff, attachment, both filename forms and the type's extension", async () => {
    const storage = localDirectoryStorage(fs.mkdtempSync(path.join(os.tmpdir(), "portal-download-")));
    const bytes = new TextEncoder().encode("%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n");
    const storageKey = await storage.put(bytes, { prefix: "correction", extension: "pdf" });
    // A row stored before names were checked still says .hta: it is served as .pdf.
    const response = await fileDownload(storage, { storageKey, fileName: "补正材料.hta", mime: "application/pdf", size: bytes.byteLength }, "private, no-store");
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-length": String(bytes.byteLength),
      "content-disposition": `attachment; filename="____.pdf"; filename*=UTF-8''${encodeURIComponent("补正材料.pdf")}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    });
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
  });

  it("keeps quotes and backslashes out of the plain filename", async () => {
    const storage = localDirectoryStorage(fs.mkdtempSync(path.join(os.tmpdir(), "portal-download-")));
    const storageKey = await storage.put(new Uint8Array([0x89]), { prefix: "released", extension: "png" });
    const response = await fileDownload(storage, { storageKey, fileName: 'a";x=.png', mime: "image/png", size: 1 }, "no-store");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="a_;x=\.png"; filename\*=UTF-8''a%22%3Bx%3D\.png$/);
  });

  it("answers a record whose object is gone with a Chinese 503, not a stack trace", async () => {
    const storage = localDirectoryStorage(fs.mkdtempSync(path.join(os.tmpdir(), "portal-download-")));
    const missing = { storageKey: "released/00000000-0000-4000-8000-000000000000.pdf", fileName: "a.pdf", mime: "application/pdf", size: 1 };
    const error = await fileDownload(storage, missing, "no-store").catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, message: expect.stringContaining("暂时无法读取") });
  });
});
