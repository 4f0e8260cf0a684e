// resumescore's Worker entry point. scripts/build-worker.sh copies it to
// build/worker.mjs, over the stock shim that workers-assets-gen writes there;
// it uses the generated build/wasm_exec.js and build/runtime.mjs unchanged.
//
// The stock shim starts a new Go instance for every request (instantiate, run the
// Go runtime and every package init, wait for workers.Ready: tens of ms, and the
// first call in a fresh instance is slow). This one keeps started instances and
// reuses them:
//
//   - An instance serves one request at a time: a request checks one out, and gives
//     it back only after the response body has been read in full. So Go never holds
//     JavaScript objects (streams, promises) of two requests at once.
//   - The request body is read here, before an instance is checked out (so a slow
//     upload holds no instance), up to BODY_BOUND bytes, which is above the Go
//     handler's cap: a longer body reaches Go cut at BODY_BOUND, and Go answers 413.
//   - At most MAX_POOLED instances are kept, busy or idle (an isolate runs one
//     thread, so more instances add memory, not throughput). A request that finds
//     none idle waits for one; after WAIT_MS it starts a one-off instance instead,
//     as the stock shim would. An instance busy for STALE_MS is presumed lost and
//     no longer counted. The work runs under ctx.waitUntil, so a client that hangs
//     up does not strand an instance mid-response.
//   - An instance is dropped instead of kept when it failed, exited, or its linear
//     memory grew past MAX_MEMORY (a big input; syumai/workers' JS bridge also
//     leaks a little per request).
//   - The Go side (main.go) calls workers.ServeNonBlock and workers.Ready, then
//     parks: workers.Serve would end the program after the first response.
//   - An instance's runtime context has no env and no ctx: they belong to the
//     request that happened to start it. Reading them from Go throws. A handler that
//     needs bindings must get them per request (issue 8), not from this context.
//   - The Go handler keeps no per-request state outside the request (engine rule:
//     no global mutable state).
import "./wasm_exec.js";
import { createRuntimeContext, loadModule } from "./runtime.mjs";

const MAX_POOLED = 2;
const WAIT_MS = 3000;
const STALE_MS = 30_000;
const MAX_MEMORY = 64 << 20; // bytes of wasm linear memory
// Must stay above the Go handler's body cap (extract.DefaultLimits.MaxBytes,
// 10 MB; handler_test.go checks).
const BODY_BOUND = 16 << 20;

// syumai/workers' Go side calls globalThis.tryCatch (internal/jsutil/trycatch.go).
globalThis.tryCatch ??= (fn) => {
  try {
    return { result: fn() };
  } catch (error) {
    return { error };
  }
};

let mod;
const idle = [];
const busy = new Set();
let waiters = [];

// start instantiates the Go program. Its main reaches workers.Ready before
// go.run returns (nothing in it waits on JavaScript), so this is synchronous.
function start() {
  const go = new Go();
  const inst = { go, binding: {}, failed: null, onFail: null, since: 0 };
  const fail = (err) => {
    inst.failed ??= err;
    inst.onFail?.(inst.failed);
  };
  // Called synchronously by runtime.wasmExit, in whichever request is running.
  go.exit = (code) => fail(new Error(`the Go program exited (code ${code})`));

  const context = createRuntimeContext({ env: undefined, ctx: undefined, binding: inst.binding });
  for (const key of ["env", "ctx"]) {
    Object.defineProperty(context, key, {
      get() {
        throw new Error(`resumescore worker: runtime context ${key} is not available to a reused instance; pass it per request`);
      },
    });
  }
  let ready = false;
  const instance = new WebAssembly.Instance(mod, {
    ...go.importObject,
    workers: { ready: () => (ready = true) },
  });
  inst.memory = instance.exports.mem;
  // go.run's promise settles only when the program ends, seen through go.exit.
  go.run(instance, context).catch(fail);
  if (inst.failed) throw inst.failed;
  if (!ready) throw new Error("the Go program did not call workers.Ready while starting");
  return inst;
}

function checkout(inst) {
  inst.since = Date.now();
  busy.add(inst);
  return inst;
}

// acquire returns an idle instance, a new one if fewer than MAX_POOLED exist,
// or waits for one to be given back; after WAIT_MS it starts one anyway.
async function acquire() {
  let timer;
  let timedOut = false;
  let wakeMe = null;
  try {
    for (;;) {
      const now = Date.now();
      for (const inst of busy) {
        if (now - inst.since > STALE_MS) busy.delete(inst);
      }
      while (idle.length > 0) {
        const inst = idle.pop();
        if (!inst.failed && !inst.go.exited) return checkout(inst);
      }
      if (busy.size < MAX_POOLED || timedOut) return checkout(start());
      timer ??= setTimeout(() => {
        timedOut = true;
        wakeMe?.();
      }, WAIT_MS);
      await new Promise((resolve) => {
        wakeMe = resolve;
        waiters.push(resolve);
      });
    }
  } finally {
    clearTimeout(timer);
  }
}

// release gives inst back (or drops it) and wakes every waiting request; each
// checks again, so a waiter whose request is gone blocks nobody.
function release(inst, ok) {
  busy.delete(inst);
  const healthy = ok && !inst.failed && !inst.go.exited && inst.memory.buffer.byteLength <= MAX_MEMORY;
  if (healthy && busy.size + idle.length < MAX_POOLED) idle.push(inst);
  const ws = waiters;
  waiters = [];
  for (const wake of ws) wake();
}

// readBounded reads stream to its end, or its first bound bytes.
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
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

// serve hands req to inst and reads the whole response while inst is checked out.
async function serve(inst, req) {
  const failed = new Promise((_, reject) => {
    inst.onFail = reject;
  });
  try {
    const res = await Promise.race([inst.binding.handleRequest(req), failed]);
    const noBody = res.body === null || [101, 204, 205, 304].includes(res.status);
    const body = noBody ? null : await Promise.race([res.arrayBuffer(), failed]);
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  } finally {
    inst.onFail = null;
  }
}

function jsonError(status, code, message) {
  return new Response(JSON.stringify({ error: { code, message } }) + "\n", {
    status,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
  });
}

async function handle(req) {
  mod ??= await loadModule();
  let body = null;
  if (req.body !== null && req.method !== "GET" && req.method !== "HEAD") {
    try {
      body = await readBounded(req.body, BODY_BOUND);
    } catch {
      return jsonError(400, "bad_body", "the request body could not be read; send the file again");
    }
  }
  const headers = new Headers(req.headers);
  headers.delete("content-length");
  headers.delete("transfer-encoding");
  const goReq = new Request(req.url, { method: req.method, headers, body });

  let inst;
  try {
    inst = await acquire();
    const res = await serve(inst, goReq);
    release(inst, true);
    return res;
  } catch (err) {
    if (inst) release(inst, false);
    // The error's message only: never request content.
    console.error(`resumescore worker: ${err?.message ?? err}`);
    return jsonError(500, "internal", "an internal error occurred; please try again or report it");
  }
}

async function fetch(req, env, ctx) {
  const work = handle(req);
  // Finish (and give the instance back) even if the client hangs up.
  ctx?.waitUntil?.(work.catch(() => {}));
  return work;
}

export default { fetch };
