import type { Metadata } from "next";
import { PlaceholderPage } from "@/components/layout/placeholder-page";

export const metadata: Metadata = { title: "政府信息公开年报" };

export default function Page() {
  return <PlaceholderPage title="政府信息公开年报" />;
}
