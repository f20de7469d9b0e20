import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { solveChallenge } from "@/lib/anti-bot/proof-of-work";

export const ACCOUNTS = {
  admin: { login: "admin@balitai.example", password: "Admin-2026", name: "王管理", home: "/admin" },
  clerk: { login: "clerk@balitai.example", password: "Clerk-2026", name: "李经办", home: "/staff" },
  reviewer: { login: "reviewer@balitai.example", password: "Reviewer-2026", name: "赵审核", home: "/staff" },
  publisher: { login: "publisher@balitai.example", password: "Publisher-2026", name: "钱发布", home: "/staff" },
  citizen: { login: "citizen@example.com", password: "Citizen-2026", name: "张三", home: "/account" },
} as const;

export const AGENCY_CODES = { balitai: "11120112MB1957322H", jinnan: "11120112000069010W" } as const;

export async function login(page: Page, who: keyof typeof ACCOUNTS): Promise<void> {
  const account = ACCOUNTS[who];
  await page.goto("/login");
  await page.getByLabel("手机号码或电子邮箱").fill(account.login);
  await page.getByLabel("密码").fill(account.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(new RegExp(`${account.home}$`));
}

/** A solved single-use proof of work: the open API takes it as `antiBot` from a caller without an API key. */
export async function solvedProof(api: APIRequestContext): Promise<string> {
  const challenge = (await (await api.get("/api/apply/challenge")).json()) as { challenge: string; difficulty: number };
  return JSON.stringify({ challenge: challenge.challenge, nonce: solveChallenge(challenge) });
}
