import type { Instrumentation } from "next";

/** Server start-up hook (Next.js). The work lives in a Node-only module so Edge bundles never see it. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startServer } = await import("./lib/startup");
    await startServer();
  }
}

/**
 * A page, action or route that threw: one JSON log line under the id the user sees. app/error.tsx
 * shows Next's `digest` as 错误编号, so it is logged as `errorId`, beside nginx's request id.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./lib/log/request-error");
  logRequestError(error, request, context);
};
