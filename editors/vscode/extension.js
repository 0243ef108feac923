// The termlint extension: starts `termlint lsp` (from PATH or the `termlint.path` setting) and
// lets the language client do the rest. Diagnostics, quick fixes, `source.fixAll.termlint` and
// hovers all come from the server.
"use strict";

const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function start(context) {
  const config = vscode.workspace.getConfiguration("termlint");
  const command = config.get("path") || "termlint";
  const languages = config.get("languages");
  const server = { command, args: ["lsp"], transport: TransportKind.stdio };
  client = new LanguageClient(
    "termlint",
    "termlint",
    { run: server, debug: server },
    {
      documentSelector: languages.map((language) => ({ language })),
      synchronize: {
        fileEvents: vscode.workspace.createFileSystemWatcher("**/{termlint.toml,.termlint.toml}"),
      },
    },
  );
  context.subscriptions.push(client);
  return client.start();
}

async function activate(context) {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("termlint") && client) {
        await client.stop();
        await start(context);
      }
    }),
  );
  await start(context);
}

async function deactivate() {
  if (client) {
    await client.stop();
  }
}

module.exports = { activate, deactivate };
