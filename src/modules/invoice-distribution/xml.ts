// A small XML writer and reader for the Peppol documents (pure).
//
// Why hand-written: the dependencies hold no XML builder or parser of their own (xmlbuilder, sax
// and saxes are in node_modules only as other packages' dependencies, and may go with them). A UBL
// invoice is a plain tree of elements with a few attributes and text, and the writer below escapes
// every text and attribute value; the reader reads such documents back (elements, attributes,
// text, the five predefined entities and character references, comments and the declaration; no
// DTD, no processing instructions), which is what the Peppol rules (ubl-rules.ts) run on.

/** An element: its qualified name (prefix:local, as written), attributes and children. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** Builds an element; children that are null, undefined or false are left out. */
export function el(
  name: string,
  attrs: Record<string, string | null | undefined> | null,
  ...children: (XmlNode | null | undefined | false | XmlNode[])[]
): XmlElement {
  const a: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs ?? {})) if (v != null) a[k] = v;
  const c: XmlNode[] = [];
  for (const ch of children) {
    if (ch == null || ch === false) continue;
    if (Array.isArray(ch)) c.push(...ch);
    else c.push(ch);
  }
  return { name, attrs: a, children: c };
}

/** Whether XML 1.0 can hold a code point (no control characters but tab, LF, CR; no lone surrogates; no U+FFFE/F). */
const isXmlChar = (cp: number): boolean => cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp < 0xd800) || (cp > 0xdfff && cp < 0xfffe) || cp > 0xffff;

/** Text content with &, <, > escaped (and characters XML cannot hold dropped). */
export function escapeText(s: string): string {
  let kept = '';
  for (const ch of s) if (isXmlChar(ch.codePointAt(0)!)) kept += ch;
  return kept.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes: also " and the white space a reader would normalise. */
export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function write(e: XmlElement, indent: string, out: string[]): void {
  const attrs = Object.entries(e.attrs)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  if (e.children.length === 0) {
    out.push(`${indent}<${e.name}${attrs}/>`);
    return;
  }
  if (e.children.every((c) => typeof c === 'string')) {
    out.push(`${indent}<${e.name}${attrs}>${escapeText(e.children.join(''))}</${e.name}>`);
    return;
  }
  out.push(`${indent}<${e.name}${attrs}>`);
  for (const c of e.children) {
    if (typeof c === 'string') out.push(`${indent}  ${escapeText(c)}`);
    else write(c, `${indent}  `, out);
  }
  out.push(`${indent}</${e.name}>`);
}

/** The document as UTF-8 XML text with its declaration, indented by two spaces. */
export function serialize(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, '', out);
  return `${out.join('\n')}\n`;
}

export class XmlSyntaxError extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(s: string, at: number): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|&/g, (m, ref: string | undefined) => {
    if (!ref) throw new XmlSyntaxError(`A bare & near offset ${at}.`);
    if (ref.startsWith('#x')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    const v = ENTITIES[ref];
    if (v === undefined) throw new XmlSyntaxError(`Unknown entity ${m} near offset ${at}.`);
    return v;
  });
}

const NAME = /[A-Za-z_][\w.\-:]*/y;
const ATTR = /\s+([A-Za-z_][\w.\-:]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/y;

/** Reads a document into its root element; white-space-only text between elements is dropped. Throws XmlSyntaxError. */
export function parseXml(text: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const s = text.replace(/^\ufeff/, '');
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    const chunk = s.slice(i, lt === -1 ? s.length : lt);
    if (chunk.trim()) {
      if (!stack.length) throw new XmlSyntaxError(`Text outside the root element near offset ${i}.`);
      stack.at(-1)!.children.push(decode(chunk, i));
    }
    if (lt === -1) break;
    i = lt;
    if (s.startsWith('<?', i)) {
      const end = s.indexOf('?>', i);
      if (end === -1) throw new XmlSyntaxError('Unterminated declaration.');
      i = end + 2;
    } else if (s.startsWith('<!--', i)) {
      const end = s.indexOf('-->', i);
      if (end === -1) throw new XmlSyntaxError('Unterminated comment.');
      i = end + 3;
    } else if (s.startsWith('<!', i)) {
      throw new XmlSyntaxError('DTDs and CDATA sections are not read.');
    } else if (s.startsWith('</', i)) {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(s);
      const open = stack.pop();
      if (!m || !open || open.name !== m[0]) throw new XmlSyntaxError(`Mismatched end tag near offset ${i}.`);
      const close = s.indexOf('>', i);
      if (close === -1 || s.slice(NAME.lastIndex, close).trim()) throw new XmlSyntaxError(`Bad end tag near offset ${i}.`);
      i = close + 1;
    } else {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(s);
      if (!m) throw new XmlSyntaxError(`Bad tag near offset ${i}.`);
      const e: XmlElement = { name: m[0], attrs: {}, children: [] };
      let j = NAME.lastIndex;
      for (;;) {
        ATTR.lastIndex = j;
        const a = ATTR.exec(s);
        if (!a) break;
        if (a[1]! in e.attrs) throw new XmlSyntaxError(`Attribute ${a[1]} twice near offset ${i}.`);
        e.attrs[a[1]!] = decode(a[3] ?? a[4] ?? '', j);
        j = ATTR.lastIndex;
      }
      const rest = /\s*(\/?)>/y;
      rest.lastIndex = j;
      const r = rest.exec(s);
      if (!r) throw new XmlSyntaxError(`Bad tag near offset ${i}.`);
      i = rest.lastIndex;
      if (stack.length) stack.at(-1)!.children.push(e);
      else if (root) throw new XmlSyntaxError('More than one root element.');
      else root = e;
      if (!r[1]) stack.push(e);
    }
  }
  if (stack.length) throw new XmlSyntaxError(`Unclosed element ${stack.at(-1)!.name}.`);
  if (!root) throw new XmlSyntaxError('No root element.');
  return root;
}

/** The local name of a qualified one (cbc:ID → ID). */
export const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Child elements, optionally only those of a local name. */
export function kids(e: XmlElement, local?: string): XmlElement[] {
  return e.children.filter((c): c is XmlElement => typeof c !== 'string' && (local === undefined || localName(c.name) === local));
}

/** The elements a path of local names leads to ("AccountingSupplierParty/Party/PartyName/Name"). */
export function all(e: XmlElement, path: string): XmlElement[] {
  let current = [e];
  for (const step of path.split('/')) current = current.flatMap((c) => kids(c, step));
  return current;
}

/** The text of an element. */
export const textOf = (e: XmlElement): string => e.children.filter((c): c is string => typeof c === 'string').join('');

/** The trimmed text of the first element at the path, or null. */
export function text(e: XmlElement, path: string): string | null {
  const found = all(e, path)[0];
  return found ? textOf(found).trim() : null;
}
