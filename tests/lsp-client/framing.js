// The LSP base protocol's framing (a Content-Length header, an empty line, the JSON body) over a
// server process's pipes, with no packages: shared by replay.js and tests/editors/lsp-session.mjs.
// (server.test.js speaks through vscode-jsonrpc, the framing an editor's client uses.)

/** Writes one message to the server's standard input. */
export function writeMessage(stream, message) {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  stream.write(`Content-Length: ${body.length}\r\n\r\n`);
  stream.write(body);
}

/** Calls onBody with the body of each message the server writes, as the exact text it sent. */
export function readMessages(stream, onBody) {
  let buffer = Buffer.alloc(0);
  stream.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      buffer = buffer.subarray(headerEnd + 4 + length);
      onBody(body);
    }
  });
}
