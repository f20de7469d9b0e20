/**
 * Errors a use case raises on purpose. Each carries a Chinese sentence that can be shown to the
 * user as is; adapters map them to HTTP statuses. Anything else is a bug: logged, never shown.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** 401: no session where one is needed. */
export class UnauthenticatedError extends DomainError {
  constructor(message = "请先登录。") {
    super(message, 401);
  }
}

/** 403: the session may not do this (wrong role or another agency's record). */
export class ForbiddenError extends DomainError {
  constructor(message = "您没有权限进行此操作。") {
    super(message, 403);
  }
}

/** 404: no such record, or one the caller may not know exists. */
export class NotFoundError extends DomainError {
  constructor(message = "未找到相关记录。") {
    super(message, 404);
  }
}

/** 409: a conflict with the current state (duplicate, stale or illegal transition). */
export class ConflictError extends DomainError {
  constructor(message: string) {
    super(message, 409);
  }
}

/** 422: well-formed input that a rule refuses. */
export class RuleViolationError extends DomainError {
  constructor(message: string) {
    super(message, 422);
  }
}

/** 429: rate limited. */
export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, 429);
  }
}

/** 400 with per-field messages (paths as in the zod schema, e.g. `applicant.idNumber`). */
export class ValidationError extends DomainError {
  constructor(readonly errors: { path: string; message: string }[]) {
    super(errors[0]?.message ?? "提交的内容有误，请检查后重试。", 400);
  }
}
