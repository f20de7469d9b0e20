import type { Metadata } from "next";
import { PlaceholderPage } from "@/components/layout/placeholder-page";

export const metadata: Metadata = { title: "法定主动公开内容" };

export default function Page() {
  return <PlaceholderPage title="法定主动公开内容" />;
}
