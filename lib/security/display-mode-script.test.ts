import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DISPLAY_MODES } from "@/components/layout/display-mode-toggle";
import { nonceContentSecurityPolicy } from "./csp.mjs";
import { DISPLAY_MODE_CLASSES, DISPLAY_MODE_SCRIPT, DISPLAY_MODE_SCRIPT_HASH } from "./display-mode-script.mjs";

describe("the display modes' first-paint script", () => {
  it("is allowed by its own hash, in the per-request pages' policy beside the nonce", () => {
    expect(DISPLAY_MODE_SCRIPT_HASH).toBe(`'sha256-${createHash("sha256").update(DISPLAY_MODE_SCRIPT, "utf8").digest("base64")}'`);
    expect(nonceContentSecurityPolicy("abc", "/account", false)).toContain(`script-src 'self' 'nonce-abc' ${DISPLAY_MODE_SCRIPT_HASH};`);
  });

  it("sets exactly the toggles' modes", () => {
    expect([...DISPLAY_MODE_CLASSES].sort()).toEqual(Object.keys(DISPLAY_MODES).sort());
  });
});
