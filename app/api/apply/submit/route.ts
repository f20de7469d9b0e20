import { route } from "@/lib/http/api";
import { handleSubmission } from "@/app/api/v1/applications/submission";

/** The web form's submission: as the open API, plus the 承诺 checkbox and the proof-of-work check. */
export const POST = route(async (request) => handleSubmission(request, { web: true }));
