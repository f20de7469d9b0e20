import { currentRequestId } from "./request-context";
import { randomUUID } from "node:crypto";
import { logger } from "./logger";

/**
 * An error nobody expected (a bug, the database gone): logged in full under an id, and the user is
 * told only that id in a Chinese sentence, never the details. The id is the request's own when there
 * is one, so the same number is in nginx's access log, the app's log and the user's screen.
 */
export function reportUnexpectedError(error: unknown, requestId = currentRequestId() ?? randomUUID()): { errorId: string; message: string } {
  logger.error({ err: error, errorId: requestId, requestId }, "unexpected error");
  return { errorId: requestId, message: `服务器暂时无法处理该请求，请稍后再试（错误编号 ${requestId}）。` };
}
