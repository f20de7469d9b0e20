import { EventEmitter } from "node:events";
import { readFile } from "node:fs/promises";
import * as fontkit from "fontkit";
import type { Fontkit as PdfLibFontkit, Font as PdfLibFont, SubsetStream } from "pdf-lib/cjs/types/fontkit";

/**
 * The CJK face every PDF letter embeds: Noto Serif CJK SC (Debian `fonts-noto-cjk`), the closest
 * free face to the 宋体/仿宋 of official documents (GB/T 9704). The 20 MB .ttc collection is parsed
 * once per process and every letter embeds a subset of the glyphs it uses.
 */
export const LETTER_FONT = {
  path: "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
  postscriptName: "NotoSerifCJKsc-Regular",
} as const;

let loaded: Promise<{ bytes: Uint8Array; face: fontkit.Font }> | undefined;

async function load() {
  // A system font (fonts-noto-cjk), not a project file: keep Turbopack from tracing the whole project for it.
  const buffer = await readFile(/* turbopackIgnore: true */ LETTER_FONT.path);
  const face = fontkit.create(buffer, LETTER_FONT.postscriptName);
  if (!("createSubset" in face)) throw new Error(`no face ${LETTER_FONT.postscriptName} in ${LETTER_FONT.path}`);
  return { bytes: new Uint8Array(buffer), face };
}

/**
 * pdf-lib's own fontkit fork (@pdf-lib/fontkit 1.1) writes broken subsets of CID-keyed CFF fonts
 * such as Noto CJK (poppler: "Embedded font file may be invalid"; the text then shows in a
 * substitute face) and cannot open a .ttc. Upstream fontkit 2 subsets them correctly; this adapter
 * gives pdf-lib the one face it asks for and the streaming `encodeStream()` its embedder expects.
 */
function pdfLibFontkit(face: fontkit.Font): PdfLibFontkit {
  // fontkit 2's Font has every member pdf-lib reads (layout, glyphs, cff, head, post …); only the
  // subset's interface differs, so the face is reused with createSubset overridden.
  const font: PdfLibFont = Object.create(face);
  // pdf-lib tells a CFF face (FontFile3, CIDFontType0) from a TrueType one by `font.cff` and
  // `subset.cff`, which fontkit 2 names after the table tag instead.
  const cff: unknown = Reflect.get(face, "CFF ") ?? null;
  Object.defineProperty(font, "cff", { value: cff });
  font.createSubset = () => {
    const subset = face.createSubset();
    return {
      cff,
      includeGlyph: (glyph) => Number(subset.includeGlyph(typeof glyph === "number" ? face.getGlyph(glyph) : face.getGlyph(glyph.id))),
      encodeStream() {
        const stream: SubsetStream & EventEmitter = new EventEmitter();
        queueMicrotask(() => {
          try {
            stream.emit("data", subset.encode());
            stream.emit("end");
          } catch (error) {
            stream.emit("error", error);
          }
        });
        return stream;
      },
    };
  };
  return { create: () => font };
}

/** The font bytes and a fontkit for `PDFDocument.registerFontkit` that opens the chosen face of them. */
export async function letterFont() {
  loaded ??= load().catch((error: unknown) => {
    loaded = undefined;
    throw new Error(`文书字体无法读取：${LETTER_FONT.path}（请安装 fonts-noto-cjk）`, { cause: error });
  });
  const { bytes, face } = await loaded;
  return { bytes, fontkit: pdfLibFontkit(face) };
}
