"use client";

import { useState, useSyncExternalStore } from "react";

const noop = () => () => {};
const hasSpeech = () => typeof window.speechSynthesis !== "undefined" && typeof window.SpeechSynthesisUtterance !== "undefined";

/**
 * 朗读本页: reads the page's main content aloud with the browser's own speech (Web Speech API), a
 * reading aid of 适老化. Rendered only where the browser offers speech; nothing is sent anywhere.
 */
export function ReadAloud() {
  const supported = useSyncExternalStore(noop, hasSpeech, () => false);
  const [speaking, setSpeaking] = useState(false);
  if (!supported) return null;
  const stop = () => {
    window.speechSynthesis.cancel();
    setSpeaking(false);
  };
  const start = () => {
    const text = document.getElementById("main")?.innerText.trim();
    if (!text) return;
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = "zh-CN";
    utterance.rate = 0.9;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    window.speechSynthesis.speak(utterance);
    setSpeaking(true);
  };
  return (
    <button type="button" className="mode-toggle" onClick={speaking ? stop : start}>
      {speaking ? "停止朗读" : "朗读本页"}
    </button>
  );
}
