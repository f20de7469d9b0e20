"use client";

export function PrintButton() {
  return (
    <button className="button secondary" type="button" onClick={() => window.print()}>
      打印本页
    </button>
  );
}
