"use client";

/** Opens the browser's print dialog (the page's print CSS hides everything but the letter). */
export function PrintButton() {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      打印
    </button>
  );
}
