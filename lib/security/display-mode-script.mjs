// The display modes (长者模式, 高对比度: components/layout/display-mode-toggle.tsx) are classes on
// <html> remembered in localStorage. Set by React alone, they would appear only after the page's
// scripts loaded and hydrated: a page first painted in small type, then jumping. This inline script
// in the root layout's <head> sets them before the first paint. Its text never changes, so the
// per-request pages' policy allows it by its hash (csp.mjs) beside their nonce; the cached pages'
// policy hashes every inline script anyway (lib/cache-handler/csp-decoration.mjs).

/** The modes' class names, which are also their storage keys. */
export const DISPLAY_MODE_CLASSES = ["large-text", "high-contrast"];

export const DISPLAY_MODE_SCRIPT = `try{for(var m of ${JSON.stringify(DISPLAY_MODE_CLASSES)})if(localStorage.getItem(m)==="1")document.documentElement.classList.add(m)}catch(e){}`;

/** `'sha256-…'` of DISPLAY_MODE_SCRIPT (display-mode-script.test.ts checks it against the text). */
export const DISPLAY_MODE_SCRIPT_HASH = "'sha256-RsDohVrPlX1G4qxtFPRQaN0njK6MzhMCFjjEhln9QF0='";
