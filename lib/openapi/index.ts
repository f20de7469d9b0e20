import { applicationsOpenApi } from "./applications";

/** One fragment per feature; each adds its paths and components. */
const FRAGMENTS: { paths: Record<string, unknown>; components?: { schemas?: Record<string, unknown>; securitySchemes?: Record<string, unknown> } }[] = [
  applicationsOpenApi,
];

/** The open API's description, served at GET /api/v1/openapi.json. */
export function openApiDocument() {
  const document = {
    openapi: "3.1.0",
    info: { title: "政府信息公开平台开放接口", version: "1" },
    paths: {} as Record<string, unknown>,
    components: { schemas: {} as Record<string, unknown>, securitySchemes: {} as Record<string, unknown> },
  };
  for (const fragment of FRAGMENTS) {
    Object.assign(document.paths, fragment.paths);
    Object.assign(document.components.schemas, fragment.components?.schemas);
    Object.assign(document.components.securitySchemes, fragment.components?.securitySchemes);
  }
  return document;
}
