// factcheck — the command-line checker, a thin adapter over the engine.
//
//   factcheck check  [--corpus DIR]... [--format text|json] FILE...
//   factcheck corpus [--corpus DIR]... [--format text|json]
//
// Exit status: 0 nothing at warning or error level, 1 something was found,
// 2 bad usage or an unreadable file.
import { readFileSync } from "node:fs";
import { Engine, defaultCorpusDir } from "../engine/engine";
import { decodeArticle } from "../engine/corpus/loader";
import { markupKindOf } from "../engine/text/markup";
import { emptyConfig, findConfigFile, lineColumn, loadConfigFile, type ProjectConfig } from "../engine/config";
import { toJsonDiagnostic, toTextLine, type JsonDiagnostic } from "./report";
import { describeCorpus, corpusAsText } from "./corpus-report";

const USAGE = `usage: factcheck check [--corpus DIR]... [--config FILE] [--format text|json] FILE...
       factcheck corpus [--corpus DIR]... [--config FILE] [--format text|json]

Without --corpus, the corpus folders of the project file (.factcheck.json, found
from the current folder upwards) are used, else the bundled seed corpus.`;

class UsageError extends Error {}

interface Args {
  command: string;
  corpus: string[];
  config?: string;
  format: "text" | "json";
  files: string[];
}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h") throw new UsageError("");
  if (command !== "check" && command !== "corpus") throw new UsageError(`unknown command "${command}"`);
  const args: Args = { command, corpus: [], format: "text", files: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (name: string) => {
      const eq = a.indexOf("=");
      if (eq >= 0) return a.slice(eq + 1);
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (a === "--corpus" || a.startsWith("--corpus=")) args.corpus.push(value("--corpus"));
    else if (a === "--config" || a.startsWith("--config=")) args.config = value("--config");
    else if (a === "--format" || a.startsWith("--format=")) {
      const f = value("--format");
      if (f !== "text" && f !== "json") throw new UsageError(`--format must be text or json, not "${f}"`);
      args.format = f;
    } else if (a === "--") continue;
    else if (a.startsWith("-") && a !== "-") throw new UsageError(`unknown option "${a}"`);
    else args.files.push(a);
  }
  if (command === "check" && args.files.length === 0) throw new UsageError("no draft given");
  return args;
}

async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    const msg = (e as Error).message;
    process.stderr.write(msg ? `factcheck: ${msg}\n${USAGE}\n` : `${USAGE}\n`);
    return msg ? 2 : 0;
  }
  let config: ProjectConfig = emptyConfig();
  const configPath = args.config ?? findConfigFile(process.cwd());
  if (configPath) {
    const loaded = loadConfigFile(configPath);
    if (!loaded.config) {
      let text = "";
      try {
        text = readFileSync(configPath, "utf8");
      } catch {
        // reported below
      }
      for (const p of loaded.problems) {
        const where = p.offset !== undefined ? lineColumn(text, p.offset) : undefined;
        process.stderr.write(`factcheck: ${configPath}${where ? `:${where.line + 1}:${where.column + 1}` : ""}: ${p.message}\n`);
      }
      return 2;
    }
    config = loaded.config;
  }
  const folders = args.corpus.length ? args.corpus : config.corpus.length ? config.corpus : [defaultCorpusDir() ?? "corpus"];
  const engine = await Engine.load(folders);
  for (const p of engine.problems) process.stderr.write(`factcheck: corpus: ${p.path}: ${p.message}\n`);
  if (engine.kb.articles.length === 0) {
    process.stderr.write(`factcheck: no readable articles in ${folders.join(", ")}\n`);
    return 2;
  }

  if (args.command === "corpus") {
    const summary = describeCorpus(engine);
    process.stdout.write(args.format === "json" ? JSON.stringify(summary, null, 2) + "\n" : corpusAsText(summary));
    return 0;
  }

  let status = 0;
  const files: Array<{ path: string; diagnostics: JsonDiagnostic[] }> = [];
  const lines: string[] = [];
  for (const path of args.files) {
    let text: string;
    try {
      const decoded = decodeArticle(readFileSync(path));
      if (decoded.problem === "empty file") text = "";
      else if (decoded.problem || decoded.text === undefined) {
        process.stderr.write(`factcheck: ${path}: ${decoded.problem}\n`);
        return 2;
      } else text = decoded.text;
    } catch (e) {
      process.stderr.write(`factcheck: ${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? e})\n`);
      return 2;
    }
    const { draft, findings, truncatedAt } = engine.check(text, markupKindOf(path), { disabled: config.disabled, severity: config.severity, accept: config.accept });
    if (truncatedAt !== undefined) process.stderr.write(`factcheck: ${path}: too long to check in full; only the first ${truncatedAt} characters are checked\n`);
    if (findings.some((f) => f.severity === "warning" || f.severity === "error")) status = 1;
    if (args.format === "json") files.push({ path, diagnostics: findings.map((f) => toJsonDiagnostic(draft, f)) });
    else for (const f of findings) lines.push(toTextLine(path, draft, f));
  }
  if (args.format === "json") process.stdout.write(JSON.stringify({ files }, null, 2) + "\n");
  else {
    process.stdout.write(lines.length ? lines.join("\n") + "\n" : "");
    const n = lines.length;
    process.stderr.write(`${n} finding${n === 1 ? "" : "s"} in ${args.files.length} file${args.files.length === 1 ? "" : "s"} (corpus: ${engine.kb.articles.length} articles)\n`);
  }
  return status;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`factcheck: internal error: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  },
);
