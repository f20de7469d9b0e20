import { annualReportsApi } from "./annual-reports";
import { applicationsApi } from "./applications";
import { calculatorsApi } from "./calculators";
import { documentsApi } from "./documents";
import { statisticsApi } from "./statistics";
import { foundationApi } from "./foundation";
import type { OpenApiFragment } from "./types";

/** Every area of the public API; add a fragment here when an area lands. */
const FRAGMENTS: OpenApiFragment[] = [foundationApi, calculatorsApi, applicationsApi, documentsApi, annualReportsApi, statisticsApi];

/** The OpenAPI 3.1 document served at /api/v1/openapi.json. */
export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "政府信息公开平台开放接口",
      version: "1.0.0",
      description: "Public JSON API of the government information-disclosure portal. Errors are Chinese sentences that name the parameter or field.",
    },
    paths: Object.assign({}, ...FRAGMENTS.map((fragment) => fragment.paths)),
    components: {
      schemas: Object.assign({}, ...FRAGMENTS.map((fragment) => fragment.schemas ?? {})),
      securitySchemes: Object.assign({}, ...FRAGMENTS.map((fragment) => fragment.securitySchemes ?? {})),
    },
  };
}
