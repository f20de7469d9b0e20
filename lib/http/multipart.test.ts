import fs from "node:fs";
import os from "node:os";
import { text } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { MultipartError, readMultipart } from "./multipart";

const LIMITS = { fileFields: ["files"], maxFileBytes: 1000, maxFiles: 2 };

function multipart(form: FormData): Request {
  return new Request("http://localhost/upload", { method: "POST", body: form });
}

describe("readMultipart", () => {
  it("reads text fields and spools each upload to a scratch file, UTF-8 names intact", async () => {
    const form = new FormData();
    form.set("answer", JSON.stringify({ note: "补正" }));
    form.append("files", new Blob(["%PDF-1.4 first"]), "身份证明.pdf");
    form.append("files", new Blob(["second file"]), "b.txt");
    // A non-upload field sent as a file part is text (the open API may send its JSON so).
    form.set("application", new Blob(['{"a":1}'], { type: "application/json" }), "application.json");
    const parsed = await readMultipart(multipart(form), LIMITS);
    try {
      expect(parsed.field("answer")).toBe('{"note":"补正"}');
      expect(parsed.field("application")).toBe('{"a":1}');
      const files = parsed.files("files");
      expect(files.map((file) => [file.name, file.size])).toEqual([
        ["身份证明.pdf", Buffer.byteLength("%PDF-1.4 first")],
        ["b.txt", 11],
      ]);
      expect(await text(files[0]!.open())).toBe("%PDF-1.4 first");
      expect(await text(files[1]!.open())).toBe("second file");
    } finally {
      await parsed.cleanup();
    }
    const opened = parsed.files("files")[0]!.open();
    await expect(text(opened)).rejects.toThrow(/ENOENT/); // the scratch files are gone
  });

  it("cuts a file off one byte past its limit and keeps one file past the count, for the use case's own refusals", async () => {
    const form = new FormData();
    form.append("files", new Blob([Buffer.alloc(5000, 1)]), "big.pdf");
    for (const name of ["2.pdf", "3.pdf", "4.pdf"]) form.append("files", new Blob(["x"]), name);
    const parsed = await readMultipart(multipart(form), LIMITS);
    try {
      expect(parsed.files("files").map((file) => [file.name, file.size])).toEqual([
        ["big.pdf", 1001],
        ["2.pdf", 1],
        ["3.pdf", 1],
      ]);
    } finally {
      await parsed.cleanup();
    }
  });

  it("refuses what is not a readable multipart form, leaving no scratch files", async () => {
    const before = fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith("portal-upload-")).length;
    const json = new Request("http://localhost/upload", { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    await expect(readMultipart(json, LIMITS)).rejects.toBeInstanceOf(MultipartError);
    const broken = new Request("http://localhost/upload", {
      method: "POST",
      body: '--xyz\r\ncontent-disposition: form-data; name="files"; filename="a.pdf"\r\n\r\nno closing boundary',
      headers: { "content-type": "multipart/form-data; boundary=xyz" },
    });
    await expect(readMultipart(broken, LIMITS)).rejects.toBeInstanceOf(MultipartError);
    const long = new FormData();
    long.set("answer", "x".repeat(1024 * 1024 + 1));
    await expect(readMultipart(multipart(long), LIMITS)).rejects.toBeInstanceOf(MultipartError);
    const after = fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith("portal-upload-")).length;
    expect(after).toBe(before);
  });
});
