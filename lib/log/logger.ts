import pino from "pino";
import { currentRequestId } from "./request-context";

/**
 * The one logger: JSON lines on stdout (pino), each with the request id of the request being
 * handled (`requestId`), so an operator greps the number a user quotes. LOG_LEVEL sets the level
 * (lib/config validates it); `silent` in unit tests that check error paths.
 */
export function createLogger(destination?: pino.DestinationStream): pino.Logger {
  const options: pino.LoggerOptions = {
    level: process.env.LOG_LEVEL || "info",
    base: { service: "portal" },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

const globalForLogger = globalThis as typeof globalThis & { __portalLogger?: pino.Logger };
export const logger: pino.Logger = (globalForLogger.__portalLogger ??= createLogger());
