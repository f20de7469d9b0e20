import { describe, expect, it } from "vitest";
import type { ActionInputs } from "./engine";
import { APPLICATION_STATUSES } from "@/lib/workflow/status";
import { actors, environment, snapshot } from "@/lib/workflow/test-fixtures";
import { ACTION_CODES, availableActions, checkAction, TRANSITIONS } from "./engine";

/** annual-report.md § Register import: an imported application is read-only history. */
describe("an application imported from an earlier register", () => {
  const env = environment("2025-03-05");

  it.each(APPLICATION_STATUSES)("offers no action to anyone when %s", (status) => {
    for (const actor of Object.values(actors)) {
      expect(availableActions(snapshot({ status, imported: true, archived: true }), actor, "2025-03-05", env)).toEqual([]);
    }
  });

  it("refuses every action its roles could otherwise take, with the Chinese reason", () => {
    for (const action of ACTION_CODES) {
      const role = TRANSITIONS[action].roles[0]!;
      const actor = Object.values(actors).find((a) => a.role === role)!;
      const result = checkAction(snapshot({ imported: true }), actor, action, {} as ActionInputs[typeof action], "2025-03-05", env);
      expect(result, action).toEqual({ ok: false, reason: "本申请是从历史登记簿导入的记录，只读，不能在系统中办理。" });
    }
  });
});
