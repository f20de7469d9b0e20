import { describe, expect, it } from "vitest";
import { parseCspReports } from "./csp-reports";

describe("parseCspReports", () => {
  it("reads report-uri and Reporting API bodies and ignores anything else", () => {
    expect(
      parseCspReports({ "csp-report": { "document-uri": "http://x/documents/1", "effective-directive": "script-src-elem", "blocked-uri": "inline", "script-sample": "alert(1)" } }),
    ).toEqual([{ documentUrl: "http://x/documents/1", directive: "script-src-elem", blocked: "inline", sample: "alert(1)" }]);
    expect(
      parseCspReports([
        { type: "csp-violation", body: { documentURL: "http://x/", effectiveDirective: "script-src-elem", blockedURL: "inline", sample: "" } },
        { type: "deprecation", body: {} },
      ]),
    ).toEqual([{ documentUrl: "http://x/", directive: "script-src-elem", blocked: "inline", sample: "" }]);
    expect(parseCspReports("nonsense")).toEqual([]);
    expect(parseCspReports([null, 1])).toEqual([]);
  });
});
