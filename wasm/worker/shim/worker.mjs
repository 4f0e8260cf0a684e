// resumescore's Worker entry point. scripts/build-worker.sh copies it to
// build/worker.mjs, beside Go's wasm_exec.js and the Go program, app.wasm.
//
// The stock syumai/workers shim starts a new Go instance for every request
// (instantiate, run the Go runtime and every package init, wait for the program
// to say it is ready: tens of ms) and hands the request over through net/http.
// This one starts the Go program once per isolate and calls one Go function per
// request, with plain values (main.go):
//
//   handle(method, path, query, headers, body, contentLength) -> [status, headers, body]
//
//   - The call is synchronous: Go reads the bytes, runs the engine and returns the
//     whole response before the call returns, so one instance serves every request
//     of the isolate, one at a time, and no request can see another's state.
//   - A new instance runs the engine once on small inputs (Go's warm()): the first
//     run of each code path is several times slower than the next. Before a first
//     request that is a POST (so that compiling is not charged to the file's time
//     budget); after the answer to any other first request, in the background.
//   - The request body is read here, then copied into Go once. A body declared
//     longer than BODY_BOUND is not read at all, and one without a declared length
//     is read up to BODY_BOUND only: BODY_BOUND is above the Go handler's cap
//     (extract.DefaultLimits.MaxBytes, handler_test.go checks), so Go still sees
//     an oversize body as oversize and answers 413.
//   - The instance is dropped, and the next request starts a new one, when the Go
//     program has exited (a fatal runtime error), a call threw, or its linear
//     memory grew past MAX_MEMORY (Go never gives memory back; a big input can
//     leave it large).
//   - Nothing here logs a request's content; an error is logged by its message.
import "./wasm_exec.js";
import mod from "./app.wasm";

const MAX_MEMORY = 96 << 20; // bytes of wasm linear memory
const BODY_BOUND = 16 << 20;

let current = null; // {go, memory, handle, warm, warmed}
let versionHeaders = {}; // Resumescore-Version and -Algorithm, once Go has said them

// start runs the Go program until it has registered its handler. Its main does
// that before go.run returns (nothing before it waits on JavaScript).
function start() {
  const go = new Go();
  let handle = null;
  let warm = null;
  globalThis.resumescoreRegister = (h, w, headers) => {
    handle = h;
    warm = w;
    versionHeaders = headers ?? {};
  };
  try {
    const instance = new WebAssembly.Instance(mod, go.importObject);
    go.run(instance).catch(() => {});
    if (go.exited || typeof handle !== "function") {
      throw new Error("the Go program did not register its handler");
    }
    return { go, memory: instance.exports.mem, handle, warm, warmed: false };
  } finally {
    delete globalThis.resumescoreRegister;
  }
}

// readBounded reads stream to its end, or to its first bound bytes.
async function readBounded(stream, bound) {
  const reader = stream.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = bound - size;
    chunks.push(value.byteLength > room ? value.subarray(0, room) : value);
    size += Math.min(value.byteLength, room);
    if (size >= bound) {
      await reader.cancel().catch(() => {});
      break;
    }
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function jsonError(status, code, message) {
  return new Response(JSON.stringify({ error: { code, message } }) + "\n", {
    status,
    headers: {
      ...versionHeaders,
      "Content-Type": "application/json",
      "Cache-Control": "no-store",
      "Access-Control-Allow-Origin": "*",
    },
  });
}

// warmUp runs the instance's warm() once.
function warmUp(inst) {
  if (inst.warmed) return;
  inst.warmed = true;
  try {
    inst.warm();
  } catch (err) {
    console.error(`resumescore worker: warming up failed: ${err?.message ?? err}`);
  }
}

async function fetch(req, env, ctx) {
  const url = new URL(req.url);
  const declared = req.headers.get("content-length");
  const length = declared === null || !/^\d+$/.test(declared) ? -1 : Number(declared);
  let body = null;
  if (req.body !== null && req.method !== "GET" && req.method !== "HEAD" && length <= BODY_BOUND) {
    try {
      body = length >= 0 ? new Uint8Array(await req.arrayBuffer()) : await readBounded(req.body, BODY_BOUND);
    } catch {
      return jsonError(400, "bad_body", "the request body could not be read; send the file again");
    }
  }
  let headers = "";
  for (const [name, value] of req.headers) headers += `${name}:${value}\n`;

  let out;
  try {
    current ??= start();
    if (req.method === "POST") warmUp(current);
    out = current.handle(req.method, url.pathname, url.search.slice(1), headers, body, length);
  } catch (err) {
    current = null;
    // The error's message only: never request content.
    console.error(`resumescore worker: ${err?.message ?? err}`);
    return jsonError(500, "internal", "an internal error occurred; please try again or report it");
  }
  if (current.go.exited || !Array.isArray(out)) {
    current = null;
    console.error("resumescore worker: the Go program stopped while serving a request");
    return jsonError(500, "internal", "an internal error occurred; please try again or report it");
  }
  if (current.memory.buffer.byteLength > MAX_MEMORY) current = null;
  if (current && !current.warmed) {
    // After this answer has gone out: a timer, not a microtask.
    const inst = current;
    ctx?.waitUntil?.(new Promise((resolve) => setTimeout(() => resolve(warmUp(inst)), 0)));
  }

  const [status, head, resBody] = out;
  const h = new Headers();
  for (const line of head.split("\n")) {
    const i = line.indexOf(":");
    if (i > 0) h.set(line.slice(0, i), line.slice(i + 1));
  }
  return new Response(status === 204 || req.method === "HEAD" ? null : resBody, { status, headers: h });
}

export default { fetch };
