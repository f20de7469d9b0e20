import type { Metadata } from "next";
import { PlaceholderPage } from "@/components/layout/placeholder-page";

export const metadata: Metadata = { title: "依申请公开" };

export default function Page() {
  return <PlaceholderPage title="依申请公开" />;
}
