"use client";

import { useSyncExternalStore } from "react";

const STORAGE_KEY = "large-text";
const CLASS_NAME = "large-text";

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}

function isOn(): boolean {
  const on = window.localStorage.getItem(STORAGE_KEY) === "1";
  document.documentElement.classList.toggle(CLASS_NAME, on);
  return on;
}

/** 长者模式: larger text and spacing, remembered in this browser. */
export function LargeTextToggle() {
  const on = useSyncExternalStore(subscribe, isOn, () => false);
  return (
    <button
      type="button"
      className="link-button"
      aria-pressed={on}
      onClick={() => {
        window.localStorage.setItem(STORAGE_KEY, on ? "0" : "1");
        window.dispatchEvent(new StorageEvent("storage", { key: STORAGE_KEY }));
      }}
    >
      {on ? "标准模式" : "长者模式"}
    </button>
  );
}
