import { route } from "@/lib/http/api";
import { handleSubmission } from "./submission";

/** 网上提交政府信息公开申请 (open API; application-form.md, lib/openapi/applications.ts). */
export const POST = route(async (request) => handleSubmission(request, { web: false }));
