// Small corpora written for the robustness tests (unrelated to the seed articles).

/** A second small story of our own: a harbour strike. */
export const HARBOUR: Record<string, string> = {
  "h1.txt": [
    "Dock workers strike at Port Ellery",
    "",
    "2 March 2023",
    "",
    "PORT ELLERY -- About 1,200 dock workers walked out on Monday, March 27, the Harbour Workers' Union said.",
    "Union secretary Margit Oyelaran-Szabo said: \"We will stay out until the company talks to us.\"",
    "The port authority chairman, Declan Whitcombe, said 35 ships were waiting at anchor.",
  ].join("\n"),
  "h2.md": [
    "---",
    "title: Strike ends after nine days",
    "date: 2023-04-05",
    "---",
    "",
    "# Strike ends after nine days",
    "",
    "Margit Oyelaran-Szabo announced a pay rise of 7.5 percent for the 1,200 workers.",
    "",
    "| Port | Ships |",
    "|------|-------|",
    "| Ellery | 35 |",
    "",
    "Declan Whitcombe, chairman of the Port Ellery Authority, thanked the union.",
  ].join("\n"),
};
