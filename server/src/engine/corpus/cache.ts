// An on-disk cache of the built corpus knowledge, so that a restart over a
// large corpus does not analyse every article again.
//
// What is stored is the whole `Knowledge` object graph, whatever fields it
// has, written with V8's structured serializer (Maps, Sets, shared references
// and cycles survive), minus what a `Packer` leaves out because it is cheap to
// derive again on load (knowledge/compact.ts: each article's checkable text,
// sentence texts and line index) or stores in a flatter form (the sentence
// index, as typed arrays). Class instances lose their prototype in that format, so
// the cache also stores, for every class instance, its class name; on load the
// prototypes are found in a small knowledge built from a few of the articles
// by the running code, and put back. A cache is used only when all of these
// hold, otherwise it is rebuilt and rewritten:
//   - the code version matches: a hash of the running bundle (or the engine
//     sources), the Node version and the format version;
//   - the corpus matches: a hash of every article's id, path, kind and text;
//   - the payload has the length and the hash written in the header;
//   - it deserialises, every class is known to the running code, and the
//     result names the same articles in the same order.
// Caches live in a cache folder (an option, $FACTCHECK_CACHE_DIR,
// $XDG_CACHE_HOME/factcheck, ~/.cache/factcheck or the OS temp folder), never
// inside a corpus folder. Writes go to a temporary file that is renamed.
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join, resolve, sep } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { RawArticle } from "./article";

export interface CacheOptions {
  /** Folder for cache files. */
  dir?: string;
  /** Corpora with fewer articles are built directly (building them is as fast as reading a cache). */
  minArticles?: number;
  /** Set to false to neither read nor write caches. */
  enabled?: boolean;
  /** Where to say what happened (a rejected cache, a write failure). */
  log?: (message: string) => void;
}

/**
 * Leaves out of the cache what is cheap to derive again: `pack` changes the
 * value in place just before it is written and returns how to undo that and
 * what `unpack` needs to put it back after reading.
 */
export interface Packer<T> {
  pack(value: T): { extra: unknown; undo(): void };
  unpack(value: T, extra: unknown): void;
}

export interface CacheOutcome<T> {
  value: T;
  /** "hit", "miss" (built and written), "off" (not used) or "rebuilt" (a bad cache was replaced). */
  status: "hit" | "miss" | "off" | "rebuilt";
  /** Why a cache was not used, when it was not. */
  reason?: string;
  file?: string;
}

const FORMAT = 4;
const MAGIC = "factcheck-kb";
/** Cache files kept in the folder at most (oldest used first to go). */
const KEEP_FILES = 8;
export const DEFAULT_MIN_ARTICLES = 200;

/** The cache folder: the option, the environment, the XDG cache, else the OS temp folder. */
export function defaultCacheDir(): string {
  if (process.env.FACTCHECK_CACHE_DIR) return resolve(process.env.FACTCHECK_CACHE_DIR);
  if (process.env.XDG_CACHE_HOME) return join(process.env.XDG_CACHE_HOME, "factcheck");
  try {
    const home = homedir();
    if (home && existsSync(join(home, ".cache"))) return join(home, ".cache", "factcheck");
  } catch {
    // No home folder: fall through to the temp folder.
  }
  return join(tmpdir(), "factcheck-cache");
}

let versionMemo: string | undefined;

/** A hash of the running code: the bundle this module is part of, else the engine sources. */
export function codeVersion(): string {
  if (versionMemo) return versionMemo;
  const h = createHash("sha1").update(`${MAGIC}/${FORMAT}/${process.version}/${process.arch}\n`);
  let file = "";
  try {
    file = __filename;
  } catch {
    file = "";
  }
  if (file && existsSync(file) && /\.[cm]?js$/.test(file)) {
    h.update(readFileSync(file));
  } else {
    // Not bundled (e.g. run from sources): hash the engine's source files.
    const root = resolve(__dirname, "..");
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.[cm]?[jt]s$/.test(name)) h.update(p).update(readFileSync(p));
      }
    };
    try {
      walk(root);
    } catch {
      h.update(String(Date.now())); // unknown code: never reuse
    }
  }
  return (versionMemo = h.digest("hex"));
}

/** A hash of what the articles say and where they are. */
export function corpusHash(raw: readonly RawArticle[]): string {
  const h = createHash("sha1");
  for (const r of raw) h.update(`${r.id}\u0000${r.path}\u0000${r.kind}\u0000${r.text.length}\u0000`).update(r.text);
  return h.digest("hex");
}

function isInside(child: string, parent: string): boolean {
  const c = resolve(child) + sep;
  const p = resolve(parent) + sep;
  return c.startsWith(p);
}

/** The cache file for a set of corpus folders and the running code. */
export function cacheFileFor(dir: string, folders: readonly string[]): string {
  const key = createHash("sha1").update(codeVersion()).update(JSON.stringify(folders.map((f) => resolve(f)).sort())).digest("hex");
  return join(dir, `kb-${key.slice(0, 20)}.bin`);
}

// ---------------------------------------------------------------- prototypes

const PLAIN_PROTOS = new Set<object | null>([
  null,
  Object.prototype,
  Array.prototype,
  Map.prototype,
  Set.prototype,
  Date.prototype,
  RegExp.prototype,
  ArrayBuffer.prototype,
  Object.getPrototypeOf(Uint8Array.prototype),
  Uint8Array.prototype,
  Uint16Array.prototype,
  Uint32Array.prototype,
  Int8Array.prototype,
  Int16Array.prototype,
  Int32Array.prototype,
  Float32Array.prototype,
  Float64Array.prototype,
  Uint8ClampedArray.prototype,
  BigInt64Array.prototype,
  BigUint64Array.prototype,
  Buffer.prototype,
]);

function className(proto: object): string {
  const c = (proto as { constructor?: { name?: string } }).constructor;
  return typeof c === "function" && c.name ? c.name : "";
}

/** Fields a structured clone cannot keep: private class members. */
function hasPrivateMembers(proto: object): boolean {
  const c = (proto as { constructor?: unknown }).constructor;
  return typeof c === "function" && /(^|[\s;{(,.])#[A-Za-z_$]/.test(Function.prototype.toString.call(c));
}

export interface Walked {
  instances: object[];
  names: string[];
  protos: Map<string, object | null>;
}

/** Every class instance reachable from `root`, with its class name and the prototypes by name. Throws on values a structured clone cannot hold. */
export function classInstances(root: object): Walked {
  return walk(root);
}

/**
 * Gives structured-cloned class instances their prototypes back (the class
 * names are the ones `classInstances` gave before cloning); false, with
 * nothing changed, when some class is not among `protos`.
 */
export function reviveClasses(instances: readonly object[], names: readonly string[], protos: ReadonlyMap<string, object | null>): boolean {
  if (instances.length !== names.length || names.some((n) => !protos.get(n))) return false;
  for (let i = 0; i < instances.length; i++) Object.setPrototypeOf(instances[i], protos.get(names[i])!);
  return true;
}

const primitive = (x: unknown) => x === null || (typeof x !== "object" && typeof x !== "function" && typeof x !== "symbol");

/** A plain object or array whose values are all primitives. */
function plainLeaf(o: object): boolean {
  const proto = Object.getPrototypeOf(o);
  if (proto === Array.prototype) {
    const a = o as unknown[];
    for (let i = 0; i < a.length; i++) if (!primitive(a[i])) return false;
    return true;
  }
  if (proto !== Object.prototype || Object.getOwnPropertySymbols(o).length) return false;
  for (const k in o) if (!primitive((o as Record<string, unknown>)[k])) return false;
  return true;
}

/** Every class instance reachable from `root`, with its class name. Throws on values a cache cannot hold. */
function walk(root: object): Walked {
  const seen = new Set<object>([root]);
  const stack: object[] = [root];
  const instances: object[] = [];
  const names: string[] = [];
  const protos = new Map<string, object | null>();
  const visit = (v: unknown) => {
    if (v === null) return;
    const t = typeof v;
    if (t === "function" || t === "symbol") throw new Error(`holds a ${t}`);
    if (t !== "object") return;
    // Plain objects and arrays of primitives (spans, tokens, word lists: most of a
    // knowledge) hold nothing to look for; not remembering them keeps the walk small.
    if (!seen.has(v as object) && !plainLeaf(v as object)) {
      seen.add(v as object);
      stack.push(v as object);
    }
  };
  while (stack.length) {
    const o = stack.pop()!;
    if (Array.isArray(o)) {
      for (let i = 0; i < o.length; i++) visit(o[i]);
      continue;
    }
    if (ArrayBuffer.isView(o) || o instanceof ArrayBuffer || o instanceof Date || o instanceof RegExp) continue;
    if (o instanceof WeakMap || o instanceof WeakSet || o instanceof Promise) throw new Error(`holds a ${className(Object.getPrototypeOf(o))}`);
    const proto = Object.getPrototypeOf(o) as object | null;
    if (!PLAIN_PROTOS.has(proto)) {
      const name = className(proto!);
      if (!name) throw new Error("holds an instance of an anonymous class");
      if (hasPrivateMembers(proto!)) throw new Error(`class ${name} has private members`);
      const known = protos.get(name);
      // Two different classes of one name cannot be told apart on load.
      protos.set(name, known === undefined || known === proto ? proto : null);
      instances.push(o);
      names.push(name);
    }
    if (o instanceof Map) {
      for (const [k, v] of o) {
        visit(k);
        visit(v);
      }
    } else if (o instanceof Set) {
      for (const v of o) visit(v);
    }
    for (const k of Object.keys(o)) visit((o as Record<string, unknown>)[k]);
    if (Object.getOwnPropertySymbols(o).length) throw new Error("holds symbol-keyed fields");
  }
  return { instances, names, protos };
}

// ---------------------------------------------------------------- file format

interface Header {
  magic: string;
  format: number;
  code: string;
  corpus: string;
  articles: number;
  payloadBytes: number;
  payloadHash: string;
}

interface Payload {
  root: unknown;
  instances: object[];
  names: string[];
  /** What the packer needs to restore the value. */
  extra?: unknown;
}

/** The cache file, in parts (length of the header, header, payload). */
function encode(value: object, w: Walked, corpus: string, articles: number, extra?: unknown): Buffer[] {
  for (const [name, proto] of w.protos) if (proto === null) throw new Error(`two classes are named ${name}`);
  const payload = serialize({ root: value, instances: w.instances, names: w.names, extra } satisfies Payload);
  const header: Header = {
    magic: MAGIC,
    format: FORMAT,
    code: codeVersion(),
    corpus,
    articles,
    payloadBytes: payload.length,
    payloadHash: createHash("sha1").update(payload).digest("hex"),
  };
  const head = Buffer.from(JSON.stringify(header), "utf8");
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length, 0);
  return [len, head, payload];
}

/** The payload of a cache file, or why it cannot be trusted. */
function decode(buf: Buffer, corpus: string): { payload?: Payload; reason?: string } {
  if (buf.length < 4) return { reason: "truncated" };
  const n = buf.readUInt32LE(0);
  if (n > 1 << 20 || 4 + n > buf.length) return { reason: "bad header" };
  let header: Header;
  try {
    header = JSON.parse(buf.subarray(4, 4 + n).toString("utf8")) as Header;
  } catch {
    return { reason: "bad header" };
  }
  if (header.magic !== MAGIC || header.format !== FORMAT) return { reason: "not a cache file" };
  if (header.code !== codeVersion()) return { reason: "written by another version" };
  if (header.corpus !== corpus) return { reason: "the corpus changed" };
  const payload = buf.subarray(4 + n);
  if (payload.length !== header.payloadBytes) return { reason: "truncated" };
  if (createHash("sha1").update(payload).digest("hex") !== header.payloadHash) return { reason: "corrupt (hash mismatch)" };
  try {
    const p = deserialize(payload) as Payload;
    if (!p || typeof p !== "object" || !Array.isArray(p.instances) || !Array.isArray(p.names) || p.instances.length !== p.names.length) {
      return { reason: "corrupt (bad payload)" };
    }
    return { payload: p };
  } catch (e) {
    return { reason: `corrupt (${(e as Error).message})` };
  }
}

function prune(dir: string, keep: string): void {
  try {
    const files = readdirSync(dir)
      .filter((f) => /^kb-[0-9a-f]+\.bin$/.test(f))
      .map((f) => ({ p: join(dir, f), t: statSync(join(dir, f)).mtimeMs }))
      .filter((f) => f.p !== keep)
      .sort((a, b) => b.t - a.t);
    for (const f of files.slice(KEEP_FILES - 1)) unlinkSync(f.p);
  } catch {
    // Pruning is best effort.
  }
}

export interface KnowledgeLike {
  articles: ReadonlyArray<{ id: string; path: string }>;
}

/**
 * The knowledge of `raw`, from the cache when a valid one exists, else built
 * by `build` and written to the cache. `template` builds a knowledge from a
 * few articles with the running code; its class prototypes are the ones
 * restored. Never throws because of the cache: any problem means a rebuild.
 */
export async function cachedKnowledge<T extends KnowledgeLike>(
  folders: readonly string[],
  raw: readonly RawArticle[],
  build: () => T | Promise<T>,
  template: (few: RawArticle[]) => T,
  options: CacheOptions = {},
  packer?: Packer<T>,
): Promise<CacheOutcome<T>> {
  const log = options.log ?? (() => undefined);
  const min = options.minArticles ?? DEFAULT_MIN_ARTICLES;
  if (options.enabled === false || raw.length < min || raw.length === 0) return { value: await build(), status: "off" };
  let dir = resolve(options.dir ?? defaultCacheDir());
  if (folders.some((f) => isInside(dir, f))) {
    log(`factcheck: cache folder ${dir} is inside a corpus folder; using ${defaultCacheDir()}`);
    dir = defaultCacheDir();
    if (folders.some((f) => isInside(dir, f))) return { value: await build(), status: "off", reason: "cache folder inside the corpus" };
  }
  let file: string;
  let corpus: string;
  try {
    file = cacheFileFor(dir, folders);
    corpus = corpusHash(raw);
  } catch (e) {
    return { value: await build(), status: "off", reason: (e as Error).message };
  }
  let reason: string | undefined;
  if (existsSync(file)) {
    try {
      const got = restore<T>(readFileSync(file), corpus, raw, template, packer);
      if (got.value) {
        try {
          const now = new Date();
          utimesSync(file, now, now); // recently used: kept by pruning
        } catch {
          // Read-only cache folder: still usable.
        }
        return { value: got.value, status: "hit", file };
      }
      reason = got.reason;
    } catch (e) {
      reason = `unreadable (${(e as Error).message})`;
    }
    log(`factcheck: corpus cache ${file} not used: ${reason}; rebuilding`);
  }
  const value = await build();
  try {
    // A cache whose classes the loader could not find again would be rejected on every start.
    const live = walk(template(raw.slice(0, 3) as RawArticle[])).protos;
    const packed = packer?.pack(value);
    let bytes: Buffer[];
    try {
      const walked = walk(value);
      const missing = [...walked.protos.keys()].find((n) => !live.get(n));
      if (missing) throw new Error(`class ${missing} does not appear in a small knowledge`);
      bytes = encode(value, walked, corpus, raw.length, packed?.extra);
    } finally {
      packed?.undo();
    }
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    // Written in parts: one copy of a large payload is enough.
    const fd = openSync(tmp, "w");
    try {
      for (const part of bytes) writeSync(fd, part);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    prune(dir, file);
  } catch (e) {
    log(`factcheck: corpus cache not written: ${(e as Error).message}`);
    return { value, status: reason ? "rebuilt" : "miss", reason: (e as Error).message };
  }
  return { value, status: reason ? "rebuilt" : "miss", reason, file };
}

function restore<T extends KnowledgeLike>(
  buf: Buffer,
  corpus: string,
  raw: readonly RawArticle[],
  template: (few: RawArticle[]) => T,
  packer?: Packer<T>,
): { value?: T; reason?: string } {
  const { payload, reason } = decode(buf, corpus);
  if (!payload) return { reason };
  // Prototypes of the running code, by class name, from a small live knowledge.
  const live = walk(template(raw.slice(0, 3) as RawArticle[])).protos;
  const needed = new Map<string, object>();
  for (const name of new Set(payload.names)) {
    const proto = live.get(name);
    if (!proto) return { reason: `class ${name} is not known to the running code` };
    needed.set(name, proto);
  }
  for (let i = 0; i < payload.instances.length; i++) Object.setPrototypeOf(payload.instances[i], needed.get(payload.names[i])!);
  const value = payload.root as T;
  if (!value || !Array.isArray(value.articles) || value.articles.length !== raw.length) return { reason: "corrupt (article count)" };
  for (let i = 0; i < raw.length; i++) {
    const a = value.articles[i];
    if (!a || a.id !== raw[i].id || a.path !== raw[i].path) return { reason: "corrupt (article list)" };
  }
  if (packer) {
    try {
      packer.unpack(value, payload.extra);
    } catch (e) {
      return { reason: `corrupt (${(e as Error).message})` };
    }
  }
  return { value };
}
