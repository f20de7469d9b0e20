import { describe, expect, it } from "vitest";
import { CORRECTION_UPLOADS } from "./applicant-steps/perform-applicant-action";
import { CORRECTION_ATTACHMENT_ACCEPT, CORRECTION_ATTACHMENT_LIMITS, CORRECTION_ATTACHMENT_TEXT, RELEASED_FILE_LIMITS, RELEASED_FILE_TEXT } from "./attachment-rules";
import { RELEASED_UPLOADS } from "./released-files";

describe("attachment rules (one place for the limits the forms, routes and use cases state)", () => {
  it("补正材料: PDF/JPEG/PNG/Word/OFD, at most 5 files of 10 MB", () => {
    expect(CORRECTION_ATTACHMENT_LIMITS).toEqual({ maxFiles: 5, maxBytes: 10 * 1024 * 1024, kinds: ["pdf", "jpg", "png", "docx", "ofd"] });
    expect(CORRECTION_ATTACHMENT_TEXT.hint).toBe("PDF、JPEG、PNG、Word 或 OFD 文件，最多 5 个，每个不超过 10 MB。");
    expect(CORRECTION_ATTACHMENT_TEXT.bodyTooLarge).toBe("提交的内容过大：补正材料最多 5 个文件，每个不超过 10 MB。请压缩后重新提交。");
    expect(CORRECTION_ATTACHMENT_ACCEPT).toBe(".pdf,.jpg,.jpeg,.png,.docx,.ofd");
  });

  it("a released file: one file of at most 20 MB", () => {
    expect(RELEASED_FILE_LIMITS.maxBytes).toBe(20 * 1024 * 1024);
    expect(RELEASED_FILE_TEXT.tooLarge).toBe("文件超过 20 MB，请压缩或拆分后上传。");
    expect(RELEASED_FILE_TEXT.hint).toContain("不超过 20 MB");
  });

  it("the use cases check uploads with these limits", () => {
    expect(CORRECTION_UPLOADS).toMatchObject(CORRECTION_ATTACHMENT_LIMITS);
    expect(RELEASED_UPLOADS).toMatchObject(RELEASED_FILE_LIMITS);
  });
});
