/**
 * 按件计收 item numbers (《政府信息公开信息处理费管理办法》第四条; fees.md §1): an applicant's received
 * (sub-)applications of one natural month, each one item, numbered 1, 2, 3 … in the order given
 * (receivedOn, time of receipt, caseNumber). Numbers already used in an issued fee notice are
 * frozen: they stay with their application, and every other application takes the next free
 * number in order — so a later split or a late-registered application never renumbers a priced item.
 */
export interface MonthItem {
  id: string;
  /** The numbers an issued fee notice already priced for this application (empty if none). */
  frozen: readonly number[];
}

/** The item numbers of each application, `items` in the order of fees.md §1. */
export function assignItemNumbers(items: readonly MonthItem[]): Map<string, number[]> {
  const used = new Set(items.flatMap((item) => item.frozen));
  const numbers = new Map<string, number[]>();
  let next = 1;
  for (const item of items) {
    if (item.frozen.length > 0) {
      numbers.set(item.id, [...item.frozen]);
      continue;
    }
    while (used.has(next)) next++;
    used.add(next);
    numbers.set(item.id, [next]);
  }
  return numbers;
}
