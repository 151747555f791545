// Renders an invoice document (document.ts) as an A4 PDF with pdfkit. The renderer holds no
// business rules: every amount comes computed in the view model and what a draft, a final invoice
// and a credit note show is decided by presentation.ts; this file only lays it out (the contents
// mervärdesskattelagen 17 kap. requires, the ROT/RUT/green tax-reduction details, the
// reverse-charge text, credit invoices' reference to the original, the payment details and the
// late-interest sentence of a final invoice, a draft's mark on every page).
//
// Language: every fixed text and number format comes from the label table (pdf-labels.ts) of the
// document's language, the customer's; what users typed is printed as entered.
//
// Fonts: pdfkit's built-in Helvetica (a PDF standard font, not embedded, nothing loaded from
// outside the package). It encodes WinAnsi (CP1252), which covers Swedish and most Western
// European text; anything outside it is transliterated (Ł → L) or replaced by "?" so that a
// stray character can never corrupt the PDF's text strings.
//
// Output is deterministic: the creation date comes from the invoice date and pdfkit derives the
// file ID from the metadata, so the same document always gives the same bytes.
import PDFDocument from 'pdfkit';
import type { DocumentLine, DocumentParty, InvoiceDocument } from './document.js';
import { identityNumberLabel, type PdfLabels, pdfLabels, toDecimal } from './pdf-labels.js';
import { creditNoteTitle, type Presentation, presentation } from './presentation.js';

type Pdf = PDFKit.PDFDocument;

// ---------------------------------------------------------------------------------------------
// Formatting (pure)

/**
 * A decimal amount string ("12345.6", "-1300") in Swedish style with two decimals and "kr":
 * "12 345,60 kr", "-1 300,00 kr". More than two decimals round half up (away from zero).
 */
export function formatSek(amount: string): string {
  return pdfLabels('SV').money(amount);
}

const isZero = (v: string): boolean => toDecimal(v).isZero();
const negate = (v: string): string => toDecimal(v).negated().toFixed();

// WinAnsi (CP1252) beyond Latin-1: what pdfkit's standard fonts can encode.
const WIN_ANSI_EXTRA = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022,
  0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);
const isWinAnsi = (cp: number): boolean => (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EXTRA.has(cp);
const FALLBACK: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŀ: 'l',
  Ŀ: 'L',
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '\u2014',
  '\u2032': "'",
  '\u2033': '"',
  '\u00ad': '',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\u2060': '',
  '\ufeff': '',
};

/**
 * Text the standard fonts can show: NFC (so a decomposed "A" + ring becomes "Å"), line breaks
 * kept only where wanted, control characters dropped, other characters transliterated or "?".
 */
function clean(value: string | null | undefined, multiline = false): string {
  if (value == null) return '';
  let out = '';
  for (const ch of value.normalize('NFC').replace(/\r\n?|[\u2028\u2029]/g, '\n')) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\n') out += multiline ? '\n' : ' ';
    else if (ch === '\t') out += ' ';
    else if (isWinAnsi(cp)) out += ch;
    else if (ch in FALLBACK) out += FALLBACK[ch];
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    else if (/\s/u.test(ch)) out += ' ';
    else {
      const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      out += base && [...base].every((c) => isWinAnsi(c.codePointAt(0)!)) ? base : '?';
    }
  }
  return multiline ? out.replace(/[ ]+\n/g, '\n').trim() : out.replace(/\s+/g, ' ').trim();
}

function pdfDate(invoiceDate: string): Date {
  const s = invoiceDate.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : new Date(s);
  if (Number.isNaN(d.getTime()) || (m && d.toISOString().slice(0, 10) !== s)) {
    throw new RangeError(`Not a valid invoice date: ${JSON.stringify(invoiceDate)}`);
  }
  return d;
}

// ---------------------------------------------------------------------------------------------
// Page geometry and drawing primitives

const PAGE_W = 595.28; // A4 in points
const PAGE_H = 841.89;
const MX = 45; // left/right margin
const CW = PAGE_W - 2 * MX; // content width
const TOP = 42;
const BOTTOM = PAGE_H - 64; // content must end above the footer
const FOOTER_Y = PAGE_H - 50;
const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const INK = '#1f1f1f';
const MUTED = '#6b6b6b';
const RULE = '#cfcfcf';
const SHADE = '#efefef';
const DRAFT = '#b00020';

type Align = 'left' | 'right';
interface Style {
  font?: string;
  size?: number;
  color?: string;
}
const FOOTER_TEXT_W = CW - 80;
const FOOTER_STYLE: Style = { size: 7, color: MUTED };

class Canvas {
  y = TOP;

  constructor(
    readonly pdf: Pdf,
    /** Drawn at the top of every page after the first; returns the y where content starts. */
    private readonly continuationHeader: (c: Canvas) => number,
  ) {}

  style({ font = REGULAR, size = 9, color = INK }: Style): this {
    this.pdf.font(font).fontSize(size).fillColor(color);
    return this;
  }

  /**
   * One line of text, never wrapped: shrinks the font (down to 5.5 pt) rather than overflow the
   * width, and only past that cuts it with "…".
   */
  line(text: string, x: number, y: number, width: number, st: Style = {}, align: Align = 'left'): void {
    const size = st.size ?? 9;
    this.style(st);
    let w = this.pdf.widthOfString(text);
    for (let s = size; w > width && s > 5.5; ) {
      s = Math.max(5.5, s - 0.5);
      this.pdf.fontSize(s);
      w = this.pdf.widthOfString(text);
    }
    while (w > width && text.length > 1) {
      text = text.slice(0, -1).trimEnd();
      w = this.pdf.widthOfString(`${text}…`);
      if (w <= width) text = `${text}…`;
    }
    this.pdf.text(text, align === 'right' ? x + width - w : x, y, { lineBreak: false });
  }

  fits(text: string, width: number, st: Style): boolean {
    this.style(st);
    return this.pdf.widthOfString(text) <= width;
  }

  /** Height of wrapped text at a width. */
  measure(text: string, width: number, st: Style = {}): number {
    this.style(st);
    if (!text) return this.pdf.currentLineHeight(true);
    return Math.max(this.pdf.heightOfString(text, { width, lineGap: 1 }), this.pdf.currentLineHeight(true));
  }

  /** Wrapped text; returns its height. maxHeight clips (with "…") instead of running off the page. */
  para(text: string, x: number, y: number, width: number, st: Style = {}, maxHeight?: number): number {
    const full = this.measure(text, width, st);
    const h = maxHeight !== undefined && full > maxHeight ? maxHeight : full;
    if (text) this.pdf.text(text, x, y, { width, height: h + 1, lineGap: 1, ellipsis: h < full ? true : undefined });
    return h;
  }

  /**
   * Splits text at the last space (or, for one unbreakable word, character) such that the first
   * part fits maxH when wrapped at width; the rest continues elsewhere. maxH ≥ one line.
   */
  splitAt(text: string, width: number, st: Style, maxH: number): [string, string] {
    if (this.measure(text, width, st) <= maxH) return [text, ''];
    const fits = (end: number) => this.measure(text.slice(0, end).trimEnd(), width, st) <= maxH;
    const cuts = [...text.matchAll(/\s+/g)].map((m) => m.index + m[0].length);
    let cut = 0;
    for (let lo = 0, hi = cuts.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      if (fits(cuts[mid]!)) [cut, lo] = [cuts[mid]!, mid + 1];
      else hi = mid - 1;
    }
    if (cut === 0) {
      cut = 1;
      for (let lo = 1, hi = text.length - 1; lo <= hi; ) {
        const mid = (lo + hi) >> 1;
        if (fits(mid)) [cut, lo] = [mid, mid + 1];
        else hi = mid - 1;
      }
    }
    return [text.slice(0, cut).trimEnd(), text.slice(cut).trimStart()];
  }

  /** Full-width-style text flowing over as many pages as it needs, paragraph by paragraph. */
  flow(text: string, x: number, width: number, st: Style): void {
    const lineH = this.measure('', width, st);
    for (const paragraph of text.split('\n')) {
      let rest = paragraph;
      do {
        if (BOTTOM - this.y < lineH) this.newPage();
        const [part, tail] = this.splitAt(rest, width, st, BOTTOM - this.y);
        this.y += this.para(part, x, this.y, width, st);
        rest = tail;
      } while (rest);
    }
  }

  hline(y: number, x1 = MX, x2 = MX + CW, color = RULE, width = 0.6): void {
    this.pdf.save().moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke().restore();
  }

  box(x: number, y: number, w: number, h: number, fill: string): void {
    this.pdf.save().rect(x, y, w, h).fillColor(fill).fill().restore();
  }

  /** Starts a new page when h does not fit below the current position; true when it did. */
  ensure(h: number): boolean {
    if (this.y + h <= BOTTOM) return false;
    this.newPage();
    return true;
  }

  newPage(): void {
    this.pdf.addPage();
    this.y = this.continuationHeader(this);
  }
}

/** Label/value pairs, values wrapped; returns the y below them. */
function keyValues(c: Canvas, rows: [string, string][], x: number, y: number, labelW: number, valueW: number, size = 8.5): number {
  for (const [label, value] of rows) {
    const h = c.measure(value, valueW, { size });
    c.line(label, x, y, labelW - 6, { size, color: MUTED });
    c.para(value, x + labelW, y, valueW, { size });
    y += h + 2.5;
  }
  return y;
}

// ---------------------------------------------------------------------------------------------
// Invoice sections

function partyLines(p: DocumentParty): string[] {
  return p.address.map((a) => clean(a)).filter(Boolean);
}

/** The document's name: invoice or credit note, a draft's as such. */
function kindOf(doc: InvoiceDocument, L: PdfLabels): string {
  if (doc.draft) return doc.isCredit ? L.draftCreditNote : L.draftInvoice;
  return doc.isCredit ? L.creditNote : L.invoice;
}

/** Payment terms as printed in the document's language. */
function paymentTermsText(days: number, L: PdfLabels): string {
  return days === 0 ? L.paymentOnReceipt : L.paymentTermDays(String(days));
}

function drawHeader(c: Canvas, doc: InvoiceDocument, L: PdfLabels, P: Presentation): void {
  const leftW = 265;
  const rightX = MX + 290;
  const rightW = CW - 290;

  // Seller
  let y = TOP;
  y += c.para(clean(doc.seller.name), MX, y, leftW, { font: BOLD, size: 14 }) + 3;
  for (const a of partyLines(doc.seller)) y += c.para(a, MX, y, leftW, { size: 9 });
  y += 3;
  const sellerIds: string[] = [];
  if (doc.seller.organisationNumber) sellerIds.push(`${L.organisationNumber} ${clean(doc.seller.organisationNumber)}`);
  if (doc.seller.vatNumber) sellerIds.push(`${L.vatNumber} ${clean(doc.seller.vatNumber)}`);
  if (doc.seller.fSkatt) sellerIds.push(L.fTax);
  if (doc.seller.email) sellerIds.push(clean(doc.seller.email));
  if (doc.seller.phone) sellerIds.push(`${L.phone} ${clean(doc.seller.phone)}`);
  for (const s of sellerIds) y += c.para(s, MX, y, leftW, { size: 8.5, color: MUTED });

  // Buyer
  y += 16;
  c.line(L.customerHeading, MX, y, leftW, { font: BOLD, size: 7.5, color: MUTED });
  y += 11;
  y += c.para(clean(doc.buyer.name), MX, y, leftW, { font: BOLD, size: 11 }) + 2;
  for (const a of partyLines(doc.buyer)) y += c.para(a, MX, y, leftW, { size: 9.5 });
  y += 4;
  const buyerRows: [string, string][] = [];
  if (doc.buyer.number) buyerRows.push([L.customerNumber, clean(doc.buyer.number)]);
  if (doc.buyer.organisationNumber) buyerRows.push([identityNumberLabel(L, doc.buyer.organisationNumber), clean(doc.buyer.organisationNumber)]);
  if (doc.buyer.vatNumber) buyerRows.push([L.vatNumber, clean(doc.buyer.vatNumber)]);
  y = keyValues(c, buyerRows, MX, y, 78, leftW - 78);

  // Title and invoice data
  let ry = TOP;
  c.line(kindOf(doc, L), rightX, ry, rightW, { font: BOLD, size: 22, color: doc.draft ? DRAFT : INK });
  ry += 32;
  if (P.draft) {
    c.line(L.draftMark, rightX, ry - 4, rightW, { font: BOLD, size: 10, color: DRAFT });
    ry += 14;
  }
  const numberLabel = !P.finalNumber ? L.draftNumber : doc.isCredit ? L.creditNoteNumber : L.invoiceNumber;
  const meta: [string, string][] = [[numberLabel, clean(doc.number)]];
  if (doc.externalNumber) meta.push([L.externalNumber, clean(doc.externalNumber)]);
  meta.push([L.invoiceDate, L.date(doc.invoiceDate)]);
  if (P.showDueDate && doc.dueDate) meta.push([L.dueDate, L.date(doc.dueDate)]);
  if (P.showOcr && doc.ocrReference) meta.push([L.ocrReference, clean(doc.ocrReference)]);
  if (P.showPaymentDetails) {
    const pay = doc.payment;
    if (pay.bankgiro) meta.push(['Bankgiro', clean(pay.bankgiro)]);
    if (pay.plusgiro) meta.push(['Plusgiro', clean(pay.plusgiro)]);
    if (pay.iban) meta.push(['IBAN', clean(pay.iban)]);
    if (pay.bic) meta.push(['BIC', clean(pay.bic)]);
    if (pay.details) meta.push([L.paymentDetails, clean(pay.details)]);
  }
  if (doc.deliveryDate) meta.push([L.deliveryDate, L.date(doc.deliveryDate)]);
  if (P.showPaymentTerms && doc.paymentTermDays != null) meta.push([L.paymentTerms, paymentTermsText(doc.paymentTermDays, L)]);
  if (doc.ourReference) meta.push([L.ourReference, clean(doc.ourReference)]);
  if (doc.customerReference) meta.push([L.yourReference, clean(doc.customerReference)]);
  if (doc.customerReference2) meta.push([L.yourReference2, clean(doc.customerReference2)]);
  if (doc.projectNumber) meta.push([L.projectNumber, clean(doc.projectNumber)]);
  ry = keyValues(c, meta, rightX, ry, 92, rightW - 92, 9);

  c.y = Math.max(y, ry) + 14;
}

function drawCreditNotice(c: Canvas, doc: InvoiceDocument, L: PdfLabels): void {
  if (!doc.credit) return;
  const pad = 7;
  const head = L.creditOf(clean(doc.credit.originalNumber), L.date(doc.credit.originalDate));
  const reason = clean(doc.credit.reason, true);
  const h = c.measure(head, CW - 2 * pad, { font: BOLD, size: 10 });
  c.ensure(h + 2 * pad + 30);
  c.box(MX, c.y, CW, h + 2 * pad, SHADE);
  c.para(head, MX + pad, c.y + pad, CW - 2 * pad, { font: BOLD, size: 10 });
  c.y += h + 2 * pad + 5;
  if (reason) c.flow(`${L.creditReason}: ${reason}`, MX + pad, CW - 2 * pad, { size: 9 });
  c.y += 12;
}

function drawTitle(c: Canvas, doc: InvoiceDocument): void {
  // A credit note refers to its original once, in the credit notice: a title repeating it is left out.
  const title = clean(doc.isCredit ? creditNoteTitle(doc.title, doc.credit?.originalNumber ?? null) : doc.title);
  const description = clean(doc.description, true);
  if (title) {
    const h = c.measure(title, CW, { font: BOLD, size: 11 });
    c.ensure(h);
    c.y += c.para(title, MX, c.y, CW, { font: BOLD, size: 11 }) + 3;
  }
  if (description) c.flow(description, MX, CW, { size: 9 });
  if (title || description) c.y += 12;
}

interface Column {
  header: string;
  width: number;
  align: Align;
  /** Wrapped (text) or one line (numbers). */
  wrap: boolean;
  value: (l: DocumentLine) => string;
}

const CELL_PAD = 4;
const ROW_PAD = 3.5;
const ROW_SIZE = 8.5;
const HEAD_H = 17;

function lineColumns(doc: InvoiceDocument, L: PdfLabels): Column[] {
  const has = (f: (l: DocumentLine) => string | null) => doc.lines.some((l) => f(l) != null && f(l)!.trim() !== '');
  const h = L.columns;
  const cols: Column[] = [{ header: h.description, width: 0, align: 'left', wrap: true, value: (l) => clean(l.description, true) }];
  if (has((l) => l.code)) cols.push({ header: h.code, width: 54, align: 'left', wrap: true, value: (l) => clean(l.code) });
  cols.push({ header: h.quantity, width: 42, align: 'right', wrap: false, value: (l) => L.plain(l.quantity, 'quantity') });
  cols.push({ header: h.unit, width: 34, align: 'left', wrap: true, value: (l) => clean(l.unit) });
  cols.push({ header: h.unitPrice, width: 60, align: 'right', wrap: false, value: (l) => L.unitPrice(l.unitPrice) });
  if (has((l) => l.markupPercent))
    cols.push({ header: h.markup, width: 44, align: 'right', wrap: false, value: (l) => (l.markupPercent ? L.plain(l.markupPercent, 'markup') : '') });
  if (has((l) => l.discountPercent))
    cols.push({ header: h.discount, width: 44, align: 'right', wrap: false, value: (l) => (l.discountPercent ? L.plain(l.discountPercent, 'discount') : '') });
  // No VAT is charged under reverse charge or on a VAT-free invoice: a rate per line would mislead.
  if (!doc.reverseCharge && !doc.noVat) cols.push({ header: h.vat, width: 42, align: 'right', wrap: false, value: (l) => L.plain(l.vatRate, 'VAT rate') });
  cols.push({ header: h.amount, width: 70, align: 'right', wrap: false, value: (l) => L.amount(l.amount) });
  cols[0]!.width = CW - cols.reduce((s, col) => s + col.width, 0);
  return cols;
}

function drawTableHead(c: Canvas, cols: Column[]): void {
  c.box(MX, c.y, CW, HEAD_H, SHADE);
  let x = MX;
  for (const col of cols) {
    c.line(col.header, x + CELL_PAD, c.y + 5, col.width - 2 * CELL_PAD, { font: BOLD, size: 8 }, col.align);
    x += col.width;
  }
  c.y += HEAD_H + 2;
}

function drawLines(c: Canvas, doc: InvoiceDocument, L: PdfLabels): void {
  const cols = lineColumns(doc, L);
  const st: Style = { size: ROW_SIZE };
  const descW = cols[0]!.width - 2 * CELL_PAD;
  const lineH = c.measure('', descW, st);
  // Space for a row on a page of its own; a taller row (a description running over a page) is split.
  const pageRoom = BOTTOM - (TOP + 22) - (HEAD_H + 2) - 2 * ROW_PAD;
  c.ensure(HEAD_H + 40);
  drawTableHead(c, cols);
  for (const line of doc.lines) {
    const cells = cols.map((col) => col.value(line));
    // Height of the cells other than the description (codes and units wrap too).
    let others = lineH;
    cols.forEach((col, i) => {
      if (i > 0 && col.wrap) others = Math.max(others, c.measure(cells[i]!, col.width - 2 * CELL_PAD, st));
    });
    others = Math.min(others, pageRoom);
    const inner = Math.max(others, c.measure(cells[0]!, descW, st));
    if (inner <= pageRoom && c.ensure(inner + 2 * ROW_PAD)) drawTableHead(c, cols);
    let rest = cells[0]!;
    let first = true;
    for (;;) {
      if (BOTTOM - c.y - 2 * ROW_PAD < (first ? others : lineH)) {
        c.newPage();
        drawTableHead(c, cols);
      }
      const [part, tail] = c.splitAt(rest, descW, st, BOTTOM - c.y - 2 * ROW_PAD);
      let rowH = c.para(part, MX + CELL_PAD, c.y + ROW_PAD, descW, st);
      if (first) {
        let x = MX + cols[0]!.width;
        cols.forEach((col, i) => {
          if (i === 0) return;
          const w = col.width - 2 * CELL_PAD;
          if (col.wrap) c.para(cells[i]!, x + CELL_PAD, c.y + ROW_PAD, w, st, others);
          else c.line(cells[i]!, x + CELL_PAD, c.y + ROW_PAD, w, st, col.align);
          x += col.width;
        });
        rowH = Math.max(rowH, others);
      }
      c.y += rowH + 2 * ROW_PAD;
      rest = tail;
      first = false;
      if (!rest) break;
      c.newPage();
      drawTableHead(c, cols);
    }
    c.hline(c.y, MX, MX + CW, '#e4e4e4', 0.4);
  }
  c.y += 12;
}

/** VAT specification, reverse-charge or no-VAT statement (left) next to the totals (right). */
function drawSummary(c: Canvas, doc: InvoiceDocument, L: PdfLabels, P: Presentation): void {
  const leftW = 255;
  const rightW = 225;
  const rightX = MX + CW - rightW;

  // Right: totals, measured first so the whole band moves to a new page together.
  type Row = { label: string; value: string; strong?: boolean };
  const rows: Row[] = [{ label: L.subtotalExclVat, value: L.money(doc.subtotal) }];
  const charged = !doc.reverseCharge && !doc.noVat;
  if (charged) rows.push({ label: L.vat, value: L.money(doc.vatAmount) });
  if (!isZero(doc.rounding)) rows.push({ label: L.rounding, value: L.money(doc.rounding) });
  const tr = doc.taxReduction;
  if (tr || toDecimal(doc.roundedTotal).comparedTo(toDecimal(doc.amountToPay)) !== 0) {
    rows.push({ label: charged ? L.totalInclVat : L.total, value: L.money(doc.roundedTotal), strong: true });
  }
  if (tr) rows.push({ label: L.lessTaxReduction(L.reductionName[tr.type]), value: L.money(negate(tr.total)) });
  const rowH = 14;
  const payH = 26;
  const rightH = rows.length * rowH + rows.filter((r) => r.strong).length * 3 + 4 + payH;

  // Left
  type Block = { h: number; draw: (y: number) => void };
  let left: Block;
  if (doc.reverseCharge) {
    // The legal reference is glued with no-break spaces so it never splits over two lines.
    const text = L.reverseChargeStatement(L.reverseChargeLaw.replace(/ /g, '\u00a0'));
    const ids = [`${L.sellerVatNumber}: ${clean(doc.seller.vatNumber) || L.missing}`, `${L.buyerVatNumber}: ${clean(doc.buyer.vatNumber) || L.missing}`];
    const w = leftW - 16;
    const h =
      8 +
      c.measure(L.reverseCharge, w, { font: BOLD, size: 10 }) +
      3 +
      c.measure(text, w, { size: 8.5 }) +
      4 +
      ids.reduce((s, t) => s + c.measure(t, w, { size: 8.5 }), 0) +
      8;
    left = {
      h,
      draw: (y0) => {
        c.pdf.save().rect(MX, y0, leftW, h).lineWidth(0.8).strokeColor(INK).stroke().restore();
        let y = y0 + 8;
        y += c.para(L.reverseCharge, MX + 8, y, w, { font: BOLD, size: 10 }) + 3;
        y += c.para(text, MX + 8, y, w, { size: 8.5 }) + 4;
        for (const t of ids) y += c.para(t, MX + 8, y, w, { size: 8.5 });
      },
    };
  } else if (doc.noVat) {
    const reason = clean(doc.noVat.reason, true);
    const w = leftW - 16;
    const h = 8 + c.measure(L.noVat, w, { font: BOLD, size: 10 }) + 3 + c.measure(reason, w, { size: 8.5 }) + 8;
    left = {
      h,
      draw: (y0) => {
        c.pdf.save().rect(MX, y0, leftW, h).lineWidth(0.8).strokeColor(INK).stroke().restore();
        let y = y0 + 8;
        y += c.para(L.noVat, MX + 8, y, w, { font: BOLD, size: 10 }) + 3;
        c.para(reason, MX + 8, y, w, { size: 8.5 });
      },
    };
  } else {
    const colW = [70, 95, 90];
    const h = 14 + HEAD_H + doc.vatGroups.length * 14;
    left = {
      h,
      draw: (y0) => {
        c.line(L.vatSpecification, MX, y0, leftW, { font: BOLD, size: 9.5 });
        let y = y0 + 14;
        c.box(MX, y, leftW, HEAD_H, SHADE);
        const heads = [L.vatRate, L.vatBase, L.vatAmount];
        let x = MX;
        heads.forEach((t, i) => {
          c.line(t, x + CELL_PAD, y + 5, colW[i]! - 2 * CELL_PAD, { font: BOLD, size: 8 }, i === 0 ? 'left' : 'right');
          x += colW[i]!;
        });
        y += HEAD_H + 3;
        for (const g of doc.vatGroups) {
          const cells = [L.percent(g.rate), L.money(g.base), L.money(g.vat)];
          x = MX;
          cells.forEach((t, i) => {
            c.line(t, x + CELL_PAD, y, colW[i]! - 2 * CELL_PAD, { size: 8.5 }, i === 0 ? 'left' : 'right');
            x += colW[i]!;
          });
          y += 14;
        }
      },
    };
  }

  c.ensure(Math.max(left.h, rightH));
  const y0 = c.y;
  left.draw(y0);
  let y = y0;
  for (const r of rows) {
    if (r.strong) {
      y += 3;
      c.hline(y - 4, rightX, rightX + rightW);
    }
    c.line(r.label, rightX, y, 145, { font: r.strong ? BOLD : REGULAR, size: 9 });
    c.line(r.value, rightX + 145, y, rightW - 145, { font: r.strong ? BOLD : REGULAR, size: 9 }, 'right');
    y += rowH;
  }
  y += 4;
  c.box(rightX, y, rightW, payH - 4, SHADE);
  const amountLabel = { TO_PAY: L.amountToPay, TO_REFUND: L.amountToRefund, PRELIMINARY: L.preliminaryAmount, PRELIMINARY_REFUND: L.preliminaryRefund }[
    P.amount.kind
  ];
  c.line(amountLabel, rightX + 6, y + 6, 112, { font: BOLD, size: 11.5 });
  c.line(L.money(P.amount.value), rightX + 118, y + 6, rightW - 124, { font: BOLD, size: 11.5 }, 'right');
  c.y = Math.max(y0 + left.h, y + payH) + 16;
}

/** The late-payment interest sentence of a final invoice: the company's rate, or the Interest Act's. */
function drawPaymentNote(c: Canvas, doc: InvoiceDocument, L: PdfLabels, P: Presentation): void {
  if (!P.showLateInterest) return;
  const text = doc.lateInterestRate != null ? L.lateInterestRate(L.percent(doc.lateInterestRate)) : L.lateInterestByLaw;
  const st: Style = { size: 8.5 };
  c.ensure(c.measure(text, CW, st));
  c.y += c.para(text, MX, c.y, CW, st) + 12;
}

function drawTaxReduction(c: Canvas, doc: InvoiceDocument, L: PdfLabels): void {
  const tr = doc.taxReduction;
  if (!tr) return;
  const name = L.reductionName[tr.type];
  const costs: [string, string][] = [
    [L.labourCost, L.money(tr.labour)],
    [L.materialCost, L.money(tr.material)],
    [L.otherCosts, L.money(tr.other)],
    [tr.type === 'GREEN' ? L.basisLabourAndMaterial : L.basisLabour, L.money(tr.basis)],
  ];
  c.ensure(22 + costs.length * 13 + 12 + HEAD_H + 2 * 16);
  c.line(L.taxReduction(name), MX, c.y, CW, { font: BOLD, size: 11 });
  c.y += 18;
  for (const [label, value] of costs) {
    c.line(label, MX, c.y, 200, { size: 9 });
    c.line(value, MX + 200, c.y, 100, { size: 9 }, 'right');
    c.y += 13;
  }
  c.y += 8;

  const homeHeader = tr.type === 'RUT' ? L.home : L.property;
  const cols: { header: string; width: number; align: Align }[] = [
    { header: L.buyer, width: 0, align: 'left' },
    { header: L.personalIdentityNumber, width: 92, align: 'left' },
    { header: homeHeader, width: 175, align: 'left' },
    { header: L.taxReductionColumn, width: 88, align: 'right' },
  ];
  cols[0]!.width = CW - cols.reduce((s, col) => s + col.width, 0);
  const head = () => {
    c.box(MX, c.y, CW, HEAD_H, SHADE);
    let x = MX;
    for (const col of cols) {
      c.line(col.header, x + CELL_PAD, c.y + 5, col.width - 2 * CELL_PAD, { font: BOLD, size: 8 }, col.align);
      x += col.width;
    }
    c.y += HEAD_H + 2;
  };
  head();
  for (const b of tr.buyers) {
    const cells = [clean(b.name), clean(b.personalIdentityNumber), clean(b.home) || '–', L.money(b.amount)];
    let inner = c.measure('', 100, { size: ROW_SIZE });
    for (const i of [0, 2]) inner = Math.max(inner, c.measure(cells[i]!, cols[i]!.width - 2 * CELL_PAD, { size: ROW_SIZE }));
    const rowH = inner + 2 * ROW_PAD;
    if (c.ensure(rowH)) head();
    let x = MX;
    cells.forEach((t, i) => {
      const col = cols[i]!;
      const w = col.width - 2 * CELL_PAD;
      if (i === 0 || i === 2) c.para(t, x + CELL_PAD, c.y + ROW_PAD, w, { size: ROW_SIZE });
      else c.line(t, x + CELL_PAD, c.y + ROW_PAD, w, { size: ROW_SIZE }, col.align);
      x += col.width;
    });
    c.y += rowH;
    c.hline(c.y, MX, MX + CW, '#e4e4e4', 0.4);
  }
  c.ensure(16 + 30);
  c.y += 5;
  c.line(L.totalTaxReduction(name), MX + CELL_PAD, c.y, 250, { font: BOLD, size: 9 });
  c.line(L.money(tr.total), MX + CW - 200, c.y, 200 - CELL_PAD, { font: BOLD, size: 9 }, 'right');
  c.y += 18;
  c.y += c.para(L.taxReductionNote, MX, c.y, CW, { size: 8, color: MUTED }) + 12;
}

/** Seller identification for the footer: with the address when it fits on the line, else without. */
function sellerFooterText(c: Canvas, doc: InvoiceDocument, L: PdfLabels): string {
  const ids: string[] = [];
  if (doc.seller.organisationNumber) ids.push(`${L.organisationNumber} ${clean(doc.seller.organisationNumber)}`);
  if (doc.seller.vatNumber) ids.push(`${L.vatNumber} ${clean(doc.seller.vatNumber)}`);
  if (doc.seller.fSkatt) ids.push(L.fTax);
  const full = [clean(doc.seller.name), ...partyLines(doc.seller), ...ids].join(' · ');
  return c.fits(full, FOOTER_TEXT_W, FOOTER_STYLE) ? full : [clean(doc.seller.name), ...ids].join(' · ');
}

/** Footers on every page, and a draft's mark across the top of every page. */
function drawFooters(c: Canvas, text: string, L: PdfLabels, P: Presentation): void {
  const range = c.pdf.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    c.pdf.switchToPage(range.start + i);
    if (P.draft) {
      c.box(0, 0, PAGE_W, 24, '#fbe9ec');
      c.style({ font: BOLD, size: 10, color: DRAFT });
      const w = c.pdf.widthOfString(L.draftMark);
      c.line(L.draftMark, (PAGE_W - w) / 2, 8, w + 1, { font: BOLD, size: 10, color: DRAFT });
    }
    c.hline(FOOTER_Y - 6);
    c.line(text, MX, FOOTER_Y, FOOTER_TEXT_W, FOOTER_STYLE);
    c.line(L.page(i + 1, range.count), MX + CW - 75, FOOTER_Y, 75, { size: 8, color: MUTED }, 'right');
  }
}

// ---------------------------------------------------------------------------------------------
// Public API

function collect(pdf: Pdf, draw: () => void): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    pdf.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    try {
      draw();
      pdf.end();
    } catch (err) {
      reject(err);
    }
  });
}

/** The invoice (or credit invoice) as an A4 PDF; the same document always gives the same bytes. */
export async function renderInvoicePdf(doc: InvoiceDocument): Promise<Buffer> {
  const L = pdfLabels(doc.language);
  const P = presentation(doc);
  const date = pdfDate(doc.invoiceDate);
  const kind = kindOf(doc, L);
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 0, // layout is positioned explicitly; pdfkit never breaks pages on its own
    bufferPages: true,
    lang: L.pdfLang,
    displayTitle: true,
    font: REGULAR,
    info: {
      Title: clean(P.draft ? `${kind} ${doc.number} (${L.draftMark})` : `${kind} ${doc.number}`),
      Author: clean(doc.seller.name),
      Subject: clean(L.subject(kind, doc.number, doc.buyer.name)),
      CreationDate: date,
      ModDate: date,
    },
  });
  const continuation = (c: Canvas): number => {
    c.line(clean(doc.seller.name), MX, TOP - 6, CW / 2, { font: BOLD, size: 10 });
    c.line(`${kind} ${clean(doc.number)} · ${L.date(doc.invoiceDate)}`, MX + CW / 2, TOP - 5, CW / 2, { size: 9, color: MUTED }, 'right');
    c.hline(TOP + 10);
    return TOP + 22;
  };
  const c = new Canvas(pdf, continuation);
  return collect(pdf, () => {
    drawHeader(c, doc, L, P);
    drawCreditNotice(c, doc, L);
    drawTitle(c, doc);
    drawLines(c, doc, L);
    drawSummary(c, doc, L, P);
    drawPaymentNote(c, doc, L, P);
    drawTaxReduction(c, doc, L);
    drawFooters(c, sellerFooterText(c, doc, L), L, P);
  });
}

/**
 * A one-page stand-in for an invoice whose real PDF is too large for a receiving system (e.g.
 * an accounting system's 5 MB attachment limit): it names the invoice and says where the
 * document is available, in the language of the invoice it stands in for (its customer's).
 */
export async function renderPlaceholderPdf(info: {
  sellerName: string;
  invoiceNumber: string;
  externalNumber: string | null;
  systemName: string;
  /** The customer's language (see pdf-labels.ts). */
  language: InvoiceDocument['language'];
}): Promise<Buffer> {
  const L = pdfLabels(info.language);
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 0,
    lang: L.pdfLang,
    displayTitle: true,
    font: REGULAR,
    info: { Title: clean(`${L.invoice} ${info.invoiceNumber}`), Author: clean(info.sellerName) },
  });
  const c = new Canvas(pdf, () => TOP);
  return collect(pdf, () => {
    let y = 90;
    y += c.para(clean(info.sellerName), MX, y, CW, { font: BOLD, size: 14 }) + 24;
    y += c.para(`${L.invoice} ${clean(info.invoiceNumber)}`, MX, y, CW, { font: BOLD, size: 22 }) + 6;
    if (info.externalNumber) y += c.para(`${L.externalNumber} ${clean(info.externalNumber)}`, MX, y, CW, { size: 11, color: MUTED }) + 6;
    y += 18;
    const text = [L.placeholderAvailable(clean(info.systemName)), L.placeholderTooLarge];
    for (const p of text) y += c.para(p, MX, y, CW, { size: 11 }) + 8;
  });
}
