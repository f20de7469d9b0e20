import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { formatChineseDate } from "../format";
import type { Letter } from "../types";
import { letterFont } from "./font";
import { columnWidths, wrapText } from "./layout";
import { drawDemoSeal } from "./seal";

/** 1 mm in PDF points. */
const MM = 72 / 25.4;
/** A4 with the margins of GB/T 9704-2012 §5.2.1 (天头 37 mm, 订口 28 mm; 版心 156 × 225 mm). */
const PAGE = { width: 210 * MM, height: 297 * MM, top: 37 * MM, left: 28 * MM, right: 26 * MM, bottom: 35 * MM };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** 二号 title, 三号 body (GB/T 9704 §5.2.2: 3号 仿宋, 22 lines of 28 characters). */
const SIZE = { title: 22, body: 16, table: 12, footer: 10.5 };
const LEADING = { title: 32, body: 28.5, table: 17 };
const BLACK = rgb(0, 0, 0);

export interface LetterPdfOptions {
  /** The seal printed over the 落款: the agency's configured image, or the generated demo seal. */
  seal: { kind: "image"; png: Uint8Array } | { kind: "demo"; agencyName: string };
  /** Printed at the foot of the last page: where anyone can check the letter (GET /letters/verify/{number}). */
  verifyUrl?: string;
  /** Stamped into the document information (the moment of issue), so one letter renders to the same bytes. */
  issuedAt: Date;
}

/**
 * The PDF of a letter (issue 16 item 1): the same stored `Letter` the HTML letter page renders, in
 * the official layout — title, number, addressee, body, tables, remedy clause, 落款 with the date
 * and the seal over them, page numbers — with the CJK font embedded as a subset, so the text can
 * be selected and searched and the file needs nothing outside itself (PDF/A-style; not certified
 * PDF/A: there is no XMP packet or output intent).
 */
export async function renderLetterPdf(letter: Letter, options: LetterPdfOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const { bytes, fontkit } = await letterFont();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(bytes, { subset: true });

  doc.setTitle(letter.number ? `${letter.title}（${letter.number}）` : letter.title, { showInWindowTitleBar: true });
  doc.setAuthor(letter.signature);
  doc.setSubject(letter.title);
  doc.setLanguage("zh-CN");
  doc.setCreator("政府信息公开平台");
  doc.setProducer("政府信息公开平台");
  doc.setCreationDate(options.issuedAt);
  doc.setModificationDate(options.issuedAt);

  const flow = new Flow(doc, font);
  flow.centred(letter.title, SIZE.title, LEADING.title);
  if (letter.number) flow.centred(letter.number, SIZE.body, LEADING.body);
  flow.gap(LEADING.body * 0.5);
  flow.paragraph(`${letter.addressee}：`, 0);
  if (letter.refersTo) flow.paragraph(`（本文书更正${letter.refersTo}）`);
  for (const paragraph of letter.paragraphs) flow.paragraph(paragraph);
  for (const table of letter.tables ?? []) flow.table(table.caption, table.columns, table.rows);
  for (const remedy of letter.remedy ?? []) flow.paragraph(remedy.text);
  await flow.signature(letter.signature, formatChineseDate(letter.date), options.seal);

  const pages = doc.getPages();
  pages.forEach((page, i) => {
    // GB/T 9704 §7.5: page numbers as 「— 1 —」 below the text block.
    const label = `— ${i + 1} / ${pages.length} —`;
    page.drawText(label, { x: (PAGE.width - font.widthOfTextAtSize(label, SIZE.footer)) / 2, y: PAGE.bottom - 28, size: SIZE.footer, font, color: BLACK });
  });
  if (options.verifyUrl) {
    const last = pages[pages.length - 1]!;
    const note = `本文书已加盖电子签名，可在 ${options.verifyUrl} 核验。`;
    for (const [i, line] of wrapText(note, font, 9, TEXT_WIDTH).entries()) {
      last.drawText(line, { x: PAGE.left, y: PAGE.bottom - 48 - i * 12, size: 9, font, color: rgb(0.3, 0.3, 0.3) });
    }
  }
  return doc.save({ useObjectStreams: false });
}

/** Lays text out top to bottom, starting a new page when the next block does not fit. */
class Flow {
  private page: PDFPage;
  private y: number;

  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
  ) {
    this.page = doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.top;
  }

  private ensure(height: number) {
    if (this.y - height >= PAGE.bottom) return;
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.top;
  }

  gap(height: number) {
    this.y -= height;
  }

  private line(text: string, x: number, size: number, leading: number) {
    this.ensure(leading);
    this.y -= leading;
    this.page.drawText(text, { x, y: this.y + (leading - size) / 2, size, font: this.font, color: BLACK });
  }

  centred(text: string, size: number, leading: number) {
    for (const line of wrapText(text, this.font, size, TEXT_WIDTH)) {
      this.line(line, PAGE.left + (TEXT_WIDTH - this.font.widthOfTextAtSize(line, size)) / 2, size, leading);
    }
  }

  /** A body paragraph: first line indented by two characters (空两字). */
  paragraph(text: string, indentChars = 2) {
    const indent = indentChars * SIZE.body;
    wrapText(text, this.font, SIZE.body, TEXT_WIDTH, indent).forEach((line, i) => {
      this.line(line, PAGE.left + (i === 0 ? indent : 0), SIZE.body, LEADING.body);
    });
  }

  table(caption: string, columns: string[], rows: string[][]) {
    this.gap(6);
    this.centred(caption, SIZE.table + 1, LEADING.table + 4);
    const widths = columnWidths(columns, rows, TEXT_WIDTH);
    const pad = 4;
    const drawRow = (cells: string[]) => {
      const wrapped = cells.map((cell, i) => wrapText(cell, this.font, SIZE.table, widths[i]! - 2 * pad));
      const height = Math.max(1, ...wrapped.map((lines) => lines.length)) * LEADING.table + 2 * pad;
      this.ensure(height);
      let x = PAGE.left;
      wrapped.forEach((lines, i) => {
        const width = widths[i]!;
        this.page.drawRectangle({ x, y: this.y - height, width, height, borderColor: BLACK, borderWidth: 0.6 });
        lines.forEach((line, j) => {
          const baseline = this.y - pad - (j + 1) * LEADING.table + (LEADING.table - SIZE.table) / 2 + 1;
          this.page.drawText(line, { x: x + pad, y: baseline, size: SIZE.table, font: this.font, color: BLACK });
        });
        x += width;
      });
      this.y -= height;
    };
    drawRow(columns);
    for (const row of rows) drawRow(row);
    this.gap(8);
  }

  /** 落款 and date flush right (右空四字), the seal centred over both (GB/T 9704 §7.3.5.1). */
  async signature(agency: string, date: string, seal: LetterPdfOptions["seal"]) {
    const block = 2 * LEADING.body;
    this.ensure(block + 3 * LEADING.body);
    this.gap(2 * LEADING.body);
    const right = PAGE.left + TEXT_WIDTH - 4 * SIZE.body;
    const agencyWidth = this.font.widthOfTextAtSize(agency, SIZE.body);
    const dateWidth = this.font.widthOfTextAtSize(date, SIZE.body);
    const centre = right - Math.max(agencyWidth, dateWidth) / 2;
    this.line(agency, centre - agencyWidth / 2, SIZE.body, LEADING.body);
    this.line(date, centre - dateWidth / 2, SIZE.body, LEADING.body);
    const sealCentre = { x: centre, y: this.y + LEADING.body };
    if (seal.kind === "demo") {
      drawDemoSeal(this.page, this.font, sealCentre, seal.agencyName);
    } else {
      const image = await this.doc.embedPng(seal.png);
      const size = 42 * MM;
      this.page.drawImage(image, { x: sealCentre.x - size / 2, y: sealCentre.y - size / 2, width: size, height: size, opacity: 0.9 });
    }
  }
}
