import { describe, expect, it } from "vitest";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { assertRole, assertSameAgency, type Actor } from "./roles";

const clerk: Actor = { userId: "u1", role: "clerk", agencyId: "a1", name: "李经办" };
const citizen: Actor = { userId: "u2", role: "citizen", agencyId: null, name: "张三" };

describe("assertRole", () => {
  it("lets an allowed role through", () => {
    expect(() => assertRole(clerk, ["clerk", "reviewer"])).not.toThrow();
  });
  it("refuses a role that is not listed", () => {
    expect(() => assertRole(citizen, ["clerk"])).toThrow(ForbiddenError);
  });
  it("refuses a missing session as unauthenticated", () => {
    expect(() => assertRole(null, ["citizen"])).toThrow(UnauthenticatedError);
  });
});

describe("assertSameAgency", () => {
  it("lets staff act on their own agency", () => {
    expect(() => assertSameAgency(clerk, "a1")).not.toThrow();
  });
  it("refuses another agency", () => {
    expect(() => assertSameAgency(clerk, "a2")).toThrow(ForbiddenError);
  });
  it("refuses when either side has no agency (never passes on empty)", () => {
    expect(() => assertSameAgency(citizen, "a1")).toThrow(ForbiddenError);
    expect(() => assertSameAgency(clerk, null)).toThrow(ForbiddenError);
    expect(() => assertSameAgency({ ...clerk, agencyId: "" }, "")).toThrow(ForbiddenError);
  });
});
