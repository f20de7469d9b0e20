"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { DISCLOSURE_COLUMN } from "./nav-items";

/** The column's entries with the current one marked (aria-current), read from the URL in the browser so the layout stays static. */
export function ColumnNav() {
  const pathname = usePathname();
  const current = (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label="政府信息公开栏目" className="column-nav">
      <ul className="container">
        {[{ href: "/", label: "首页" }, ...DISCLOSURE_COLUMN].map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={current(item.href) ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
