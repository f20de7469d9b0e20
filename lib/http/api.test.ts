import { beforeEach, describe, expect, it, vi } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { metrics } from "@/lib/metrics/registry";

// The session helpers need a Next request; these tests never sign in.
vi.mock("@/lib/auth/session", () => ({ getActor: vi.fn(async () => null) }));
const { route } = await import("./api");

const NGINX_ID = "5f2b6c1de4a94f0c8a3b2d1e0f9a8b7c";

describe("route(): request ids, error answers and timing", () => {
  beforeEach(() => {
    metrics().requestDuration.reset();
    vi.restoreAllMocks();
  });

  it("an unexpected error answers 500 in Chinese with the request's id, logged with the details under the same id", async () => {
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const handler = route(async () => {
      throw new Error("connection refused");
    });
    const response = await handler(new Request("http://x/api/v1/documents/0b6c2b7e-8f7c-4a40-9d2b-5c1b8a1f0e11", { headers: { "x-request-id": NGINX_ID } }), {});
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: string; errorId: string };
    expect(body.error).toBe(`服务器暂时无法处理该请求，请稍后再试（错误编号 ${NGINX_ID}）。`);
    expect(body.errorId).toBe(NGINX_ID);
    expect(body.error).not.toContain("connection refused");
    expect(response.headers.get("x-request-id")).toBe(NGINX_ID);
    expect(logged).toHaveBeenCalledOnce();
    const [fields] = logged.mock.calls[0]!;
    expect(fields).toMatchObject({ errorId: NGINX_ID, requestId: NGINX_ID, err: expect.objectContaining({ message: "connection refused" }) });
  });

  it("without nginx the app makes the id; a domain error keeps its own Chinese message", async () => {
    const handler = route(async () => {
      throw new NotFoundError("未找到该文件。");
    });
    const response = await handler(new Request("http://x/api/v1/documents/abc"), {});
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "未找到该文件。" });
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("times each request under its route pattern, method and status", async () => {
    const handler = route(async () => Response.json({ ok: true }));
    await handler(new Request("http://x/api/v1/documents/0b6c2b7e-8f7c-4a40-9d2b-5c1b8a1f0e11"), {});
    await handler(new Request("http://x/api/v1/documents/not-an-id"), {});
    const text = await metrics().registry.metrics();
    expect(text).toContain('portal_http_request_duration_seconds_count{route="/api/v1/documents/[id]",method="GET",status="200"} 2');
    expect(text).not.toContain("not-an-id");
  });
});
