import { describe, expect, it } from "vitest";
import { auditActionLabel } from "./actions";
import { canonicalJson, entryHash, GENESIS_HASH, toStoredJson, type HashedFields } from "./hash";

const ENTRY: HashedFields = {
  at: new Date("2026-11-27T01:02:03.456Z"),
  actorUserId: "00000000-0000-0000-0000-000000000001",
  actorRole: "admin",
  actorName: "王管理",
  agencyId: "00000000-0000-0000-0000-0000000000aa",
  action: "agency.updated",
  targetType: "agency",
  targetId: "11120112MB1957322H",
  ip: "10.0.0.1",
  before: { disclosureOffice: { phone: "022-88000000", name: "党政办" } },
  after: { disclosureOffice: { name: "党政办", phone: "022-88001234" } },
  prevHash: GENESIS_HASH,
};

describe("audit hash", () => {
  it("canonical JSON sorts keys at every level and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}');
  });

  it("hashes the same entry the same however its jsonb keys come back ordered", () => {
    const reordered = { ...ENTRY, before: { disclosureOffice: { name: "党政办", phone: "022-88000000" } } };
    expect(entryHash(reordered)).toBe(entryHash(ENTRY));
    expect(entryHash(ENTRY)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("any change to a field or to the previous hash changes the hash", () => {
    const base = entryHash(ENTRY);
    expect(entryHash({ ...ENTRY, ip: "10.0.0.2" })).not.toBe(base);
    expect(entryHash({ ...ENTRY, at: new Date(ENTRY.at.getTime() + 1) })).not.toBe(base);
    expect(entryHash({ ...ENTRY, after: { disclosureOffice: { name: "党政办", phone: "022-88009999" } } })).not.toBe(base);
    expect(entryHash({ ...ENTRY, prevHash: "f".repeat(64) })).not.toBe(base);
    expect(entryHash({ ...ENTRY, before: undefined })).toBe(entryHash({ ...ENTRY, before: null }));
  });

  it("stores JSON as jsonb gives it back", () => {
    expect(toStoredJson({ at: new Date("2026-01-01T00:00:00Z"), gone: undefined })).toEqual({ at: "2026-01-01T00:00:00.000Z" });
    expect(toStoredJson(undefined)).toBeNull();
  });

  it("labels known actions in Chinese, workflow actions generically, anything else as its code", () => {
    expect(auditActionLabel("login.failed")).toBe("登录失败");
    expect(auditActionLabel("application.approveExtension")).toBe("办理申请（approveExtension）");
    expect(auditActionLabel("catalogue.published")).toBe("catalogue.published");
  });
});
