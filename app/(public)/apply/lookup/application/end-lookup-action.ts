"use server";

import { redirect } from "next/navigation";
import { endLookupSession } from "@/lib/auth/applicant";

/** 退出查询: drop the look-up session and go back to the look-up form. */
export async function endLookupAction(): Promise<never> {
  await endLookupSession();
  redirect("/apply/lookup?ended=1");
}
