/** Server start-up hook (Next.js). The work lives in a Node-only module so Edge bundles never see it. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startServer } = await import("./lib/startup");
    await startServer();
  }
}
