import { describe, expect, it } from "vitest";
import { decryptPii, encryptPii, hashIdentity, maskIdNumber, piiKeysFromHex } from "./pii";

const keys = piiKeysFromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
const otherKeys = piiKeysFromHex("ff112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

describe("personal data at rest", () => {
  it("encrypts with a fresh IV each time and decrypts back", () => {
    const a = encryptPii(keys, "440524188001010014");
    const b = encryptPii(keys, "440524188001010014");
    expect(a).not.toBe(b);
    expect(a).not.toContain("440524188001010014");
    expect(decryptPii(keys, a)).toBe("440524188001010014");
  });
  it("refuses a tampered value or the wrong key (GCM authentication)", () => {
    const stored = encryptPii(keys, "440524188001010014");
    const parts = stored.split(".");
    const tampered = [parts[0], parts[1], parts[2], Buffer.from("x" + parts[3]).toString("base64url")].join(".");
    expect(() => decryptPii(keys, tampered)).toThrow();
    expect(() => decryptPii(otherKeys, stored)).toThrow();
  });
  it("hashes the same number the same way (case and spaces ignored), and differently under another key", () => {
    expect(hashIdentity(keys, "11010519491231002x")).toBe(hashIdentity(keys, " 11010519491231002X"));
    expect(hashIdentity(keys, "11010519491231002X")).not.toBe(hashIdentity(otherKeys, "11010519491231002X"));
    expect(hashIdentity(keys, "11010519491231002X")).toMatch(/^[0-9a-f]{64}$/);
  });
  it("masks all but a few characters", () => {
    expect(maskIdNumber("440524188001010014")).toBe("440***********0014");
    expect(maskIdNumber("91110000600037341L")).toBe("911***********341L");
    expect(maskIdNumber("E1234567")).toBe("E*****67");
    expect(maskIdNumber("H1234")).toBe("*****");
  });
  it("needs a 32-byte key", () => {
    expect(() => piiKeysFromHex("abcd")).toThrow();
  });
});
