// Line-delimited JSON-RPC 2.0 on stdin/stdout, as the CLI's SchemaEngineCLI speaks it: requests in,
// responses out, plus our own `print` requests out (the CLI writes their content to its stdout and
// answers `{ result: {} }`). Requests are handled one at a time, in order.
import readline from 'node:readline';
import { isWasmPanic, toRpcError } from './errors.mjs';
import { logError } from './log.mjs';

export function serveJsonRpc(session, { onShutdown }) {
  let nextPrintId = 1;
  const pendingPrints = new Map();
  let queue = Promise.resolve();

  const send = (message) => {
    if (!process.stdout.writable) return;
    process.stdout.write(`${JSON.stringify(message)}\n`);
  };

  const print = (content) =>
    new Promise((resolve) => {
      const id = `print-${nextPrintId++}`;
      pendingPrints.set(id, resolve);
      send({ jsonrpc: '2.0', id, method: 'print', params: { content } });
    });

  async function handle(request) {
    try {
      const result = await session.call(request.method, request.params, { print });
      send({ jsonrpc: '2.0', id: request.id, result });
    } catch (error) {
      if (error?.rpcCode) {
        send({ jsonrpc: '2.0', id: request.id, error: { code: error.rpcCode, message: error.message } });
        return;
      }
      const rpcError = toRpcError(error, session.errorRegistry);
      logError(rpcError.data.message, rpcError.data.error_code ?? undefined);
      send({ jsonrpc: '2.0', id: request.id, error: rpcError });
      // A Rust panic poisons the wasm instance; the native engine exits with 101 after one too.
      if (isWasmPanic(error)) await onShutdown(101);
    }
  }

  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
      return;
    }
    if (message.method === undefined) {
      // The CLI's answer to one of our `print` requests.
      pendingPrints.get(message.id)?.();
      pendingPrints.delete(message.id);
      return;
    }
    queue = queue.then(() => handle(message));
  });
  // The CLI ends stdin (and sends SIGTERM right away) when it is done with the engine.
  lines.on('close', () => {
    for (const resolve of pendingPrints.values()) resolve();
    pendingPrints.clear();
    queue.then(() => onShutdown(0));
  });
}
