import { describe, expect, it } from "vitest";
import { electronicChannels } from "./channels";

describe("the electronic channels of the applicant's 获取方式 (条例第四十条; application-form.md “Delivery”)", () => {
  it.each([
    [["电子邮件"], "a@example.com", ["email"]],
    [["网上获取"], null, ["online"]],
    [["网上获取", "电子邮件"], "a@example.com", ["email", "online"]],
    [["电子邮件"], null, []], // no address (an offline registration may lack it): nothing to send to
    [["邮寄"], "a@example.com", []],
    [["自行领取", "传真"], "a@example.com", []],
  ])("%j with e-mail %s → %j", (deliveryMethods, email, channels) => {
    expect(electronicChannels({ deliveryMethods, email })).toEqual(channels);
  });
});
