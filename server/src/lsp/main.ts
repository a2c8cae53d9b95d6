// Entry point of the language server. `--stdio` (or any transport flag that
// vscode-languageserver understands: --node-ipc, --socket=N) picks the channel.
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "./server";

process.on("uncaughtException", (e) => {
  process.stderr.write(`factcheck language server: uncaught error: ${e?.stack ?? e}\n`);
});
process.on("unhandledRejection", (e) => {
  process.stderr.write(`factcheck language server: unhandled rejection: ${(e as Error)?.stack ?? e}\n`);
});

startServer(createConnection(ProposedFeatures.all));
