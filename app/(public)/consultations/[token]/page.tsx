import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { invitationStatus } from "@/lib/applications/consultation-online/online-opinion";
import { Alert } from "@/components/ui/alert";
import { OnlineOpinionForm } from "@/components/consultations/online-opinion-form";

export const metadata: Metadata = { title: "在线提出意见（征求意见）", robots: { index: false, follow: false } };

/**
 * The link printed on a 征求意见书 (条例第三十二条, issue 16.4). The page asks for the code first;
 * what the consultation is about is shown only after it (the form's server action), so a link
 * alone shows nothing but whether it was already used.
 */
export default async function ConsultationPage({ params }: { params: Promise<{ token: string }> }) {
  // Per request: whether the link was used changes, and the proxy gives this page its nonce.
  await connection();
  const { token } = await params;
  const status = await invitationStatus(await getDb(), token);
  if (status.state === "unknown") notFound();
  return (
    <>
      <h1>在线提出意见</h1>
      <p className="muted">本页面供收到《征求意见书》的第三方或机关在线提出是否同意公开的意见，无需登录。请输入征求意见书上印制的验证码。</p>
      {status.state === "used" ? <Alert kind="error">{status.message}</Alert> : <OnlineOpinionForm token={token} />}
    </>
  );
}
