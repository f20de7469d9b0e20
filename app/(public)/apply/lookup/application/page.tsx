import type { Metadata } from "next";
import { LookedUpApplication } from "./looked-up-application";

export const metadata: Metadata = { title: "办理我的申请" };
export const dynamic = "force-dynamic";

/** The application a tracking-code look-up just opened (no code and no id in the URL). */
export default async function LookedUpApplicationPage() {
  return <LookedUpApplication />;
}
