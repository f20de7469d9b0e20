import { describe, expect, it } from "vitest";
import { IDENTITY_PROOF_UPLOADS } from "./identity-proof";
import { IDENTITY_PROOF_ACCEPT, IDENTITY_PROOF_LIMITS, IDENTITY_PROOF_TEXT, identityProofSelectionProblem } from "./identity-proof-rules";

describe("身份证明 limits, one source for the form, the server and the API (条例第二十九条)", () => {
  it("JPEG/PNG/PDF, at most 3 files of 10 MB", () => {
    expect(IDENTITY_PROOF_LIMITS).toEqual({ maxFiles: 3, maxBytes: 10 * 1024 * 1024, kinds: ["jpg", "png", "pdf"] });
    expect(IDENTITY_PROOF_ACCEPT.split(",").sort()).toEqual([".jpg", ".jpeg", ".png", ".pdf", "image/jpeg", "image/png", "application/pdf"].sort());
    expect(IDENTITY_PROOF_TEXT.hint).toBe("证件照片或扫描件，JPEG、PNG 或 PDF 格式，每个不超过 10 MB，最多 3 个文件（条例第二十九条）。");
  });

  it("the server's content check uses the same limits and the same required message", () => {
    expect(IDENTITY_PROOF_UPLOADS).toMatchObject({ ...IDENTITY_PROOF_LIMITS, requiredMessage: IDENTITY_PROOF_TEXT.required });
  });

  it("the browser refuses none, too many or too large files with the server's words", () => {
    const file = (name: string, size = 1000) => ({ name, size });
    expect(identityProofSelectionProblem([])).toBe("请上传身份证明（证件照片或扫描件，JPEG、PNG 或 PDF 格式）。");
    expect(identityProofSelectionProblem([file("a"), file("b"), file("c"), file("d")])).toBe("身份证明最多上传 3 个文件。");
    expect(identityProofSelectionProblem([file("a"), file("大.png", IDENTITY_PROOF_LIMITS.maxBytes + 1)])).toContain("文件“大.png”超过 10 MB");
    expect(identityProofSelectionProblem([file("a", IDENTITY_PROOF_LIMITS.maxBytes)])).toBeUndefined();
  });
});
