/**
 * Content-Security-Policy violation reports sent by browsers, in either format: the `report-uri`
 * one (`{"csp-report": {…}}`, application/csp-report) or the Reporting API's (`[{type:
 * "csp-violation", body: {…}}]`, application/reports+json). Reduced to the fields an operator needs.
 */
export interface CspViolation {
  documentUrl: string;
  directive: string;
  blocked: string;
  sample: string;
}

const text = (value: unknown): string => (typeof value === "string" ? value.slice(0, 500) : "");

export function parseCspReports(payload: unknown): CspViolation[] {
  if (Array.isArray(payload)) {
    return payload
      .filter((report) => report && typeof report === "object" && report.type === "csp-violation")
      .map((report) => {
        const body = (report.body ?? {}) as Record<string, unknown>;
        return {
          documentUrl: text(body.documentURL),
          directive: text(body.effectiveDirective),
          blocked: text(body.blockedURL),
          sample: text(body.sample),
        };
      });
  }
  if (payload && typeof payload === "object" && "csp-report" in payload) {
    const body = ((payload as Record<string, unknown>)["csp-report"] ?? {}) as Record<string, unknown>;
    return [
      {
        documentUrl: text(body["document-uri"]),
        directive: text(body["effective-directive"] ?? body["violated-directive"]),
        blocked: text(body["blocked-uri"]),
        sample: text(body["script-sample"]),
      },
    ];
  }
  return [];
}

/** The latest reports, kept in memory so the e2e test can read them (APP_ENV=test only). */
const KEPT = 200;
const store = globalThis as typeof globalThis & { __cspViolations?: CspViolation[] };

export function rememberCspViolations(violations: CspViolation[]): void {
  const kept = (store.__cspViolations ??= []);
  kept.push(...violations);
  kept.splice(0, Math.max(0, kept.length - KEPT));
}

export function rememberedCspViolations(): CspViolation[] {
  return [...(store.__cspViolations ?? [])];
}
