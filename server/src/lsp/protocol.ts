// Names shared by the extension client and the language server.
export const SERVER_NAME = "factcheck";
export const DIAGNOSTIC_SOURCE = "factcheck";

export const Commands = {
  reloadCorpus: "factcheck.reloadCorpus",
} as const;

/** Settings under the `factcheck` section, as the server reads them. */
export interface Settings {
  corpus: string[];
  debounceMs: number;
}

export const DEFAULT_SETTINGS: Settings = { corpus: [], debounceMs: 250 };

/** Data attached to each diagnostic, so code actions need no second lookup. */
export interface DiagnosticData {
  suggestions: string[];
  code: string;
}
