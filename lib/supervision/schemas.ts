import { z } from "@/lib/validation/zod";
import { multiLineText, singleLineText } from "@/lib/validation/text";

/** A 督办 note: to which agency, optionally about which case, and what it asks. One schema for the form and the server. */
export const supervisionNoteSchema = z.object({
  agencyCode: singleLineText().trim().regex(/^[0-9A-Z]{18}$/, "请选择被督办的机关。"),
  caseNumber: singleLineText().trim().max(40, "受理编号过长。").default(""),
  text: multiLineText().trim().min(1, "请填写督办内容。").max(2000, "督办内容过长，请精简。"),
});
export type SupervisionNoteInput = z.input<typeof supervisionNoteSchema>;
