"use client";

import { useSyncExternalStore } from "react";

/**
 * The display modes of 适老化 (《互联网应用适老化及无障碍改造专项行动方案》): each one a class on <html>,
 * remembered in this browser. The label names the mode and never changes; aria-pressed says whether
 * it is on (a label that flipped to "标准模式" while pressed would contradict its own state).
 */
export const DISPLAY_MODES = {
  "large-text": { label: "长者模式", description: "放大文字、行距和按钮" },
  "high-contrast": { label: "高对比度", description: "黑底白字、黄色链接" },
} as const;
export type DisplayMode = keyof typeof DISPLAY_MODES;

/** The mode's own name (so the 长者模式 setting saved before these modes existed still holds). */
const storageKey = (mode: DisplayMode) => mode;

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}

function readMode(mode: DisplayMode): boolean {
  const on = window.localStorage.getItem(storageKey(mode)) === "1";
  document.documentElement.classList.toggle(mode, on);
  return on;
}

export function DisplayModeToggle({ mode, withDescription }: { mode: DisplayMode; withDescription?: boolean }) {
  const on = useSyncExternalStore(subscribe, () => readMode(mode), () => false);
  const { label, description } = DISPLAY_MODES[mode];
  return (
    <button
      type="button"
      className="mode-toggle"
      aria-pressed={on}
      onClick={() => {
        window.localStorage.setItem(storageKey(mode), on ? "0" : "1");
        window.dispatchEvent(new StorageEvent("storage", { key: storageKey(mode) }));
      }}
    >
      {label}
      {withDescription ? <span className="mode-toggle-description">（{description}）</span> : null}
    </button>
  );
}
