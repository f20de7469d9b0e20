import { describe, expect, it } from "vitest";
import { flattenFormErrors } from "./error-list";

describe("flattenFormErrors (the error summary's list, GOV.UK error-summary pattern)", () => {
  it("lists every nested and array error once, by field name, in order", () => {
    const tree = {
      agency: { type: "invalid_value", message: "请选择受理机关。", ref: {} },
      applicant: { name: { type: "too_small", message: "请填写姓名。" }, phone: { type: "custom", message: "请填写联系电话。" } },
      items: [undefined, { title: { type: "too_small", message: "请填写信息名称。" } }],
      carrierForms: { type: "too_small", message: "请至少选择一种载体形式。" },
    };
    expect(flattenFormErrors(tree)).toEqual([
      { path: "agency", message: "请选择受理机关。" },
      { path: "applicant.name", message: "请填写姓名。" },
      { path: "applicant.phone", message: "请填写联系电话。" },
      { path: "items.1.title", message: "请填写信息名称。" },
      { path: "carrierForms", message: "请至少选择一种载体形式。" },
    ]);
  });

  it("lists an array's own error under the array", () => {
    expect(flattenFormErrors({ items: { root: { type: "too_small", message: "请至少填写一项所需信息。" } } })).toEqual([
      { path: "items", message: "请至少填写一项所需信息。" },
    ]);
    expect(flattenFormErrors({})).toEqual([]);
  });
});
