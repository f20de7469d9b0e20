import { degrees, rgb, type PDFFont, type PDFPage } from "pdf-lib";

/** 印章红 — the red of official seals. */
export const SEAL_RED = rgb(0.85, 0.1, 0.12);

/**
 * A generated demo seal, drawn as vectors: a ring, the agency's name along the upper arc, a
 * five-pointed star and 演示印章 below it, so nobody mistakes it for the agency's real seal
 * (《党政机关公文格式》GB/T 9704: the seal sits over the issuing agency and the date).
 */
export function drawDemoSeal(page: PDFPage, font: PDFFont, at: { x: number; y: number }, agencyName: string) {
  const radius = 58;
  const color = SEAL_RED;
  page.drawCircle({ x: at.x, y: at.y, size: radius, borderColor: color, borderWidth: 3, opacity: 0, borderOpacity: 0.85 });

  // The name runs clockwise over the top, from about 8 o'clock to 4 o'clock.
  const chars = Array.from(agencyName);
  const size = chars.length > 12 ? 11 : 13;
  const span = Math.min(240, chars.length * 22);
  chars.forEach((char, i) => {
    const theta = ((-span / 2 + (span * (i + 0.5)) / chars.length) * Math.PI) / 180;
    const r = radius - size - 4;
    const cx = at.x + r * Math.sin(theta);
    const cy = at.y + r * Math.cos(theta);
    const half = font.widthOfTextAtSize(char, size) / 2;
    // Origin = glyph centre shifted back by half its width along the rotated baseline, and down by ~⅓ em.
    const ox = cx - half * Math.cos(theta) - size * 0.35 * Math.sin(theta);
    const oy = cy + half * Math.sin(theta) - size * 0.35 * Math.cos(theta);
    page.drawText(char, { x: ox, y: oy, size, font, color, opacity: 0.85, rotate: degrees((-theta * 180) / Math.PI) });
  });

  drawStar(page, { x: at.x, y: at.y + 2 }, 17, color);
  const label = "演示印章";
  const labelSize = 10;
  page.drawText(label, { x: at.x - font.widthOfTextAtSize(label, labelSize) / 2, y: at.y - 32, size: labelSize, font, color, opacity: 0.85 });
}

function drawStar(page: PDFPage, centre: { x: number; y: number }, outer: number, color: ReturnType<typeof rgb>) {
  const inner = outer * 0.382;
  const points: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    const r = i % 2 === 0 ? outer : inner;
    const a = (Math.PI / 5) * i;
    // SVG paths run downwards: y is negated relative to the PDF page.
    points.push(`${i === 0 ? "M" : "L"} ${(r * Math.sin(a)).toFixed(2)} ${(-r * Math.cos(a)).toFixed(2)}`);
  }
  page.drawSvgPath(`${points.join(" ")} Z`, { x: centre.x, y: centre.y, color, opacity: 0.85 });
}
