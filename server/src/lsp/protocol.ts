// Names shared by the extension client and the language server.
import type { Category } from "../engine/types";

export const DIAGNOSTIC_SOURCE = "factcheck";

export const Commands = {
  reloadCorpus: "factcheck.reloadCorpus",
  checkWorkspace: "factcheck.checkWorkspace",
  acceptSpelling: "factcheck.acceptSpelling",
  explain: "factcheck.explain",
} as const;

/** Server -> client notification with what the status item shows. */
export const STATUS_NOTIFICATION = "factcheck/status";

export interface StatusParams {
  articles: number;
  names: number;
  folders: string[];
  problems: number;
  /** Milliseconds the last check took, and which document. */
  lastCheckMs?: number;
  lastUri?: string;
  loading?: boolean;
}

/** Settings under the `factcheck` section, as the server reads them. */
export interface Settings {
  corpus: string[];
  debounceMs: number;
  /** How long a mark on the word being typed is held back. */
  holdMs: number;
  codeLens: boolean;
}

export const DEFAULT_SETTINGS: Settings = { corpus: [], debounceMs: 250, holdMs: 1200, codeLens: true };

/** Data attached to each diagnostic, so code actions need no second lookup. */
export interface DiagnosticData {
  category: Category;
  code: string;
  suggestions: string[];
  /** The draft text the diagnostic covers. */
  text: string;
  /** Extra edits (e.g. a speaker's name elsewhere in the sentence). */
  replacements?: Array<{ start: number; end: number; newText: string; title: string }>;
}
