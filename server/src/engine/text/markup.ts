// Markup to checkable text. The result has exactly the same length as the
// input: everything that must not be checked (code, URLs, link targets, front
// matter, HTML comments, Markdown punctuation) is blanked with spaces, line
// breaks are kept. So an offset in the checkable text *is* the offset in the
// original document, and every range maps back exactly (UTF-16, CRLF, emoji).
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatter } from "micromark-extension-frontmatter";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfm } from "micromark-extension-gfm";
import { gfmFromMarkdown } from "mdast-util-gfm";

export type BlockKind = "heading" | "paragraph" | "cell";

export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
}

export interface Checkable {
  /** Same length as the source; unchecked characters are spaces. */
  plain: string;
  /** Runs of prose, in document order. Sentences never cross a block. */
  blocks: Block[];
  /** Spans holding HTML comments (suppression directives live there). */
  comments: Array<{ start: number; end: number; text: string }>;
  /** Front matter, when the document has one. */
  frontMatter?: { start: number; end: number; value: string };
}

export type MarkupKind = "markdown" | "plaintext";

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'”’)\]]+/giu;

function blank(text: string, start: number, end: number, out: string[]): void {
  for (let i = start; i < end; i++) {
    const c = text[i];
    out[i] = c === "\n" || c === "\r" ? c : " ";
  }
}

function maskUrls(chars: string[], source: string, start: number, end: number): void {
  URL_RE.lastIndex = 0;
  const slice = source.slice(start, end);
  for (let m = URL_RE.exec(slice); m; m = URL_RE.exec(slice)) {
    blank(source, start + m.index, start + m.index + m[0].length, chars);
  }
}

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

function span(node: MdNode): [number, number] | null {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? null : [s, e];
}

function markdown(text: string, withFrontMatter = true): Checkable {
  const chars: string[] = new Array(text.length);
  blank(text, 0, text.length, chars);
  const blocks: Block[] = [];
  const comments: Checkable["comments"] = [];
  let front: Checkable["frontMatter"];
  // Very large or pathological input may make the parser slow or throw; the
  // caller falls back to plain text in that case.
  const tree = fromMarkdown(text, {
    extensions: withFrontMatter ? [frontmatter(["yaml"]), gfm()] : [gfm()],
    mdastExtensions: withFrontMatter ? [frontmatterFromMarkdown(["yaml"]), gfmFromMarkdown()] : [gfmFromMarkdown()],
  }) as unknown as MdNode;

  const copy = (s: number, e: number) => {
    for (let i = s; i < e; i++) chars[i] = text[i];
    // Backslash escapes: keep the escaped character, blank the backslash.
    for (let i = s; i < e - 1; i++) {
      if (text[i] === "\\" && /[!-/:-@[-`{-~]/.test(text[i + 1])) chars[i] = " ";
    }
    maskUrls(chars, text, s, e);
  };

  const visit = (node: MdNode, inBlock: boolean) => {
    const r = span(node);
    switch (node.type) {
      case "yaml":
        if (r) front = { start: r[0], end: r[1], value: node.value ?? "" };
        return;
      case "code":
      case "inlineCode":
      case "math":
      case "inlineMath":
      case "image":
      case "imageReference":
      case "definition":
      case "footnoteDefinition":
        return;
      case "html":
        if (r) {
          const raw = text.slice(r[0], r[1]);
          const re = /<!--([\s\S]*?)-->/g;
          for (let m = re.exec(raw); m; m = re.exec(raw)) {
            comments.push({ start: r[0] + m.index, end: r[0] + m.index + m[0].length, text: m[1] });
          }
        }
        return;
      case "text":
        if (r && inBlock) copy(r[0], r[1]);
        return;
      case "link": {
        // Autolinks (<https://…> or a bare URL) are not prose.
        const only = node.children?.length === 1 ? node.children[0] : undefined;
        if (only?.type === "text" && node.url && (only.value === node.url || node.url.endsWith(only.value ?? "\u0000"))) return;
        break;
      }
      case "heading":
      case "paragraph":
      case "tableCell":
        if (r) blocks.push({ start: r[0], end: r[1], kind: node.type === "heading" ? "heading" : node.type === "tableCell" ? "cell" : "paragraph" });
        for (const c of node.children ?? []) visit(c, true);
        return;
    }
    for (const c of node.children ?? []) visit(c, inBlock);
  };
  visit(tree, false);
  blocks.sort((a, b) => a.start - b.start);
  return { plain: chars.join(""), blocks, comments, frontMatter: front };
}

// A fast path for the commonest drafts and articles: front matter, ATX
// headings and paragraphs of prose, nothing else. Such a text holds no
// character that opens inline syntax (`\ * _ [ ] < > & ~ | @` and backquote,
// no "www." or "://"), no line that could open another block (a line starts
// with a letter, a digit not followed by "." or ")", a quotation or bracket
// mark, or hashes glued to a word; never with a space), no trailing spaces and no control
// characters but line feeds. For it the parser's tree is known in advance:
// the result is what `markdown()` returns, computed without parsing (the unit
// tests compare both on many texts). Anything else returns undefined.
const INLINE_SYNTAX = /[\\*_[\]<>&~|@`\t\r\x00-\x09\x0b-\x1f\x7f]|www\.|:\/\//i;
const PROSE_LINE = /^(?:[\p{L}\p{N}"'“‘«(][^\n]*[^ \n]|[\p{L}\p{N}"'“‘«(])$/u;
const LIST_NUMBER = /^\d{1,9}[.)](?: |$)/;
const ATX_HEADING = /^(#{1,6}) ([^#\n]*[^# \n])$/;
/** "#tag", "#s Draft": hashes not followed by a space open no heading: prose. */
const HASH_WORD = /^#+[\p{L}\p{N}][^\n]*[^ \n]$|^#+[\p{L}\p{N}]$/u;

function simpleMarkdown(text: string, withFrontMatter = true): Checkable | undefined {
  let body = 0;
  let front: Checkable["frontMatter"];
  if (text.startsWith("---")) {
    if (!withFrontMatter || !text.startsWith("---\n")) return undefined;
    const close = text.indexOf("\n---", 3);
    if (close < 0) return undefined;
    const end = close + 4;
    if (end < text.length && text[end] !== "\n") return undefined;
    front = { start: 0, end, value: close > 4 ? text.slice(4, close) : "" };
    body = end;
  }
  const rest = body ? text.slice(body) : text;
  if (INLINE_SYNTAX.test(rest)) return undefined;
  const chars: string[] = new Array(text.length);
  blank(text, 0, body, chars);
  const blocks: Block[] = [];
  let para = -1;
  let paraEnd = -1;
  const closePara = () => {
    if (para >= 0) blocks.push({ start: para, end: paraEnd, kind: "paragraph" });
    para = -1;
  };
  let i = body;
  while (i <= text.length) {
    let e = text.indexOf("\n", i);
    if (e < 0) e = text.length;
    const line = text.slice(i, e);
    if (/^ *$/.test(line)) {
      closePara();
      for (let k = i; k < e; k++) chars[k] = " ";
    } else if (line[0] === "#" && !HASH_WORD.test(line)) {
      const h = ATX_HEADING.exec(line);
      if (!h) return undefined;
      closePara();
      const content = i + h[1].length + 1;
      for (let k = i; k < content; k++) chars[k] = " ";
      for (let k = content; k < e; k++) chars[k] = text[k];
      blocks.push({ start: i, end: e, kind: "heading" });
    } else {
      if (!(PROSE_LINE.test(line) || HASH_WORD.test(line)) || LIST_NUMBER.test(line)) return undefined;
      if (para < 0) para = i;
      paraEnd = e;
      for (let k = i; k < e; k++) chars[k] = text[k];
    }
    if (e < text.length) chars[e] = "\n";
    i = e + 1;
  }
  closePara();
  return { plain: chars.join(""), blocks, comments: [], frontMatter: front };
}

/** Plain text: paragraphs are separated by blank lines; a line that ends a
 * sentence, or a short line such as a headline, ends its paragraph too. */
function plaintext(text: string): Checkable {
  const chars = text.split("");
  maskUrls(chars, text, 0, text.length);
  const blocks: Block[] = [];
  const lineRe = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let blockStart = -1;
  let lastEnd = 0;
  const close = (end: number, kind: BlockKind = "paragraph") => {
    if (blockStart >= 0) {
      let e = end;
      while (e > blockStart && /\s/.test(text[e - 1])) e--;
      if (e > blockStart) blocks.push({ start: blockStart, end: e, kind });
    }
    blockStart = -1;
  };
  for (let m = lineRe.exec(text); m && m.index < text.length; m = lineRe.exec(text)) {
    const line = m[0].replace(/[\r\n]+$/, "");
    const start = m.index;
    const end = start + line.length;
    if (line.trim() === "") {
      close(start);
    } else {
      if (blockStart < 0) blockStart = start + (line.length - line.trimStart().length);
      const trimmed = line.trimEnd();
      if (/[.!?:"”’)]$/.test(trimmed)) close(end);
      // A short line of its own with no closing punctuation: a headline.
      else if (trimmed.length < 80) close(end, blockStart === start + (line.length - line.trimStart().length) ? "heading" : "paragraph");
    }
    lastEnd = end;
    if (m[0].length === 0) break;
  }
  close(lastEnd);
  return { plain: chars.join(""), blocks, comments: [] };
}

// The Markdown parser's cost grows faster than its input for some shapes
// (thousands of setext headings, long runs of emphasis or bracket delimiters,
// deep nesting, very long blocks): minutes for a few hundred kilobytes. A text
// within these bounds is parsed whole; a larger one is parsed section by
// section (sections start after a blank line, outside code fences and
// comments), and a section that alone exceeds them is read as plain text,
// as is everything after the first PARSE_BUDGET units of syntax.
const PARSE_MAX_CHARS = 64 * 1024;
/** Lines, delimiter characters (`*_[]<>~|+-` and backquote) and list numbers ("1."). */
const PARSE_MAX_SYNTAX = 2000;
const PARSE_BUDGET = 30_000;

function syntaxCount(text: string, start: number, end: number): number {
  let n = 1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // \n * _ [ ] < > ~ | ` + -
    if (c === 10 || c === 42 || c === 95 || c === 91 || c === 93 || c === 60 || c === 62 || c === 126 || c === 124 || c === 96 || c === 43 || c === 45) n++;
    // "1." and "1)": ordered list markers
    else if ((c === 46 || c === 41) && i > start && text.charCodeAt(i - 1) >= 48 && text.charCodeAt(i - 1) <= 57) n++;
  }
  return n;
}

/** Offsets where a new top-level block may safely start a separate parse. */
function sectionStarts(text: string): number[] {
  const starts = [0];
  const fm = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  re.lastIndex = fm ? fm[0].length : 0;
  let fence = "";
  let comment = false;
  let blankBefore = false;
  for (let m = re.exec(text); m && m.index < text.length; m = re.exec(text)) {
    const line = m[0].replace(/[\r\n]+$/, "");
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && !line.slice(f[0].length).trim()) fence = "";
    } else if (comment) {
      if (line.includes("-->")) comment = false;
    } else if (line.trim()) {
      if (blankBefore && /^\S/.test(line)) starts.push(m.index);
      if (f) fence = f[1];
      else if (line.lastIndexOf("<!--") > line.lastIndexOf("-->")) comment = true;
    }
    blankBefore = !line.trim();
    if (!m[0].length) break;
  }
  return starts;
}

function markdownBySections(text: string): Checkable {
  const starts = sectionStarts(text);
  const plain: string[] = [];
  const out: Checkable = { plain: "", blocks: [], comments: [] };
  let budget = PARSE_BUDGET;
  let i = 0;
  while (i < starts.length) {
    const start = starts[i];
    let end = i + 1 < starts.length ? starts[i + 1] : text.length;
    let syntax = syntaxCount(text, start, end);
    let j = i + 1;
    // Join following sections while the group stays cheap to parse.
    while (j < starts.length) {
      const next = j + 1 < starts.length ? starts[j + 1] : text.length;
      const more = syntaxCount(text, end, next);
      if (next - start > PARSE_MAX_CHARS || syntax + more > PARSE_MAX_SYNTAX) break;
      end = next;
      syntax += more;
      j++;
    }
    const slice = text.slice(start, end);
    const parse = end - start <= PARSE_MAX_CHARS && syntax <= Math.min(PARSE_MAX_SYNTAX, budget);
    if (parse) budget -= syntax;
    const part = parse ? (simpleMarkdown(slice, start === 0) ?? markdown(slice, start === 0)) : plaintext(slice);
    plain.push(part.plain);
    for (const b of part.blocks) out.blocks.push({ ...b, start: b.start + start, end: b.end + start });
    for (const c of part.comments) out.comments.push({ ...c, start: c.start + start, end: c.end + start });
    if (part.frontMatter && start === 0) out.frontMatter = part.frontMatter;
    i = j;
  }
  out.plain = plain.join("");
  return out;
}

/** The checkable text of `text` read without its first `by` characters (a byte-order mark), in the offsets of `text`. */
function shifted(c: Checkable, by: number): Checkable {
  const move = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + by, end: x.end + by });
  return {
    plain: " ".repeat(by) + c.plain,
    blocks: c.blocks.map(move),
    comments: c.comments.map(move),
    ...(c.frontMatter ? { frontMatter: move(c.frontMatter) } : {}),
  };
}

export function toCheckable(text: string, kind: MarkupKind): Checkable {
  // A byte-order mark is not text: the Markdown parser drops it (and would shift every offset), so read past it.
  if (text.charCodeAt(0) === 0xfeff) return shifted(toCheckable(text.slice(1), kind), 1);
  if (kind === "markdown") {
    try {
      if (text.length <= PARSE_MAX_CHARS && syntaxCount(text, 0, text.length) <= PARSE_MAX_SYNTAX) return simpleMarkdown(text) ?? markdown(text);
      return markdownBySections(text);
    } catch {
      return plaintext(text);
    }
  }
  return plaintext(text);
}

/** The Markdown parser's result, never the fast path (for tests that compare the two). */
export function parsedMarkdown(text: string, withFrontMatter = true): Checkable {
  return markdown(text, withFrontMatter);
}

/** The fast path's result, or undefined when the text needs the parser. */
export function simpleMarkdownFastPath(text: string, withFrontMatter = true): Checkable | undefined {
  return simpleMarkdown(text, withFrontMatter);
}

export function markupKindOf(path: string, languageId?: string): MarkupKind {
  if (languageId === "markdown") return "markdown";
  if (languageId === "plaintext") return "plaintext";
  return /\.(md|markdown|mdx)$/i.test(path) ? "markdown" : "plaintext";
}
