import { assertLocalDate, type LocalDate } from "@/lib/calendar";
import type { ApplicantFacts } from "./types";

/** `2025-03-03` → `2025年3月3日`, the form official letters print. */
export function formatChineseDate(date: LocalDate): string {
  const [year, month, day] = assertLocalDate(date).split("-");
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/** Whole 元 with thousands separators: 54700 → `54,700元`. */
export function formatYuan(amount: number): string {
  return `${amount.toLocaleString("en-US")}元`;
}

/**
 * The opening every letter to the applicant quotes (letters.md): when the application was
 * received, its case number and, after a correction, when the correction was received.
 */
export function applicationReference(facts: ApplicantFacts): string {
  const correction = facts.correctionReceivedOn
    ? `，本机关于${formatChineseDate(facts.correctionReceivedOn)}收到您补正后的申请`
    : "";
  return `本机关于${formatChineseDate(facts.receivedOn)}收到您提出的政府信息公开申请（受理编号：${facts.caseNumber}）${correction}。`;
}

/** Numbered list items: （一）…（二）… */
export function numbered(items: readonly string[]): string[] {
  return items.map((item, i) => `（${CHINESE_NUMERALS[i] ?? String(i + 1)}）${item}`);
}

const CHINESE_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"];

/** Ends free text typed by staff with a full stop, so it reads as a sentence of the letter. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[。！？；]$/.test(trimmed) ? trimmed : `${trimmed}。`;
}
