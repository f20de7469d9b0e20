import type { Metadata } from "next";
import { LookedUpApplication } from "../looked-up-application";

export const metadata: Metadata = { title: "办理我的申请" };
export const dynamic = "force-dynamic";

/** A sub-application (一事一申请) of the application the look-up session proves; any other id: look up again. */
export default async function LookedUpSubApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <LookedUpApplication applicationId={id} />;
}
