import { json } from "@/lib/http/api";
import { openApiDocument } from "@/lib/openapi";

export function GET() {
  return json(openApiDocument());
}
