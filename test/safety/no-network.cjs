// Preloaded (node -r) into a command under test: every way Node reaches the network is replaced by a stub that
// records the attempt (one line in the file XXGK_NETWORK_LOG) and throws. Also loaded in worker threads (they
// inherit --require); each thread that loads it says so, so a test can prove the trap covered the workers.
const fs = require("node:fs");
const { isMainThread, threadId } = require("node:worker_threads");

const log = process.env.XXGK_NETWORK_LOG;
const record = (line) => log && fs.appendFileSync(log, `${line}\n`);
record(`loaded ${isMainThread ? "main" : `worker ${threadId}`}`);

function trap(object, name, label) {
  if (!object || typeof object[name] !== "function") return;
  object[name] = function trapped(...args) {
    const target = args.find((a) => typeof a === "string" || (a && typeof a === "object" && (a.host || a.hostname || a.href || a.port)));
    record(`attempt ${label} ${typeof target === "string" ? target : JSON.stringify(target && { host: target.host, hostname: target.hostname, href: target.href, port: target.port })}`);
    throw new Error(`network access is not allowed at run time (${label})`);
  };
}

const net = require("node:net");
trap(net, "connect", "net.connect");
trap(net, "createConnection", "net.createConnection");
trap(net.Socket.prototype, "connect", "net.Socket.connect");
const tls = require("node:tls");
trap(tls, "connect", "tls.connect");
for (const name of ["http", "https"]) {
  const mod = require(`node:${name}`);
  trap(mod, "request", `${name}.request`);
  trap(mod, "get", `${name}.get`);
}
trap(require("node:http2"), "connect", "http2.connect");
const dns = require("node:dns");
for (const name of ["lookup", "resolve", "resolve4", "resolve6", "resolveAny", "resolveTxt", "reverse"]) {
  trap(dns, name, `dns.${name}`);
  trap(dns.promises, name, `dns.promises.${name}`);
}
trap(require("node:dgram"), "createSocket", "dgram.createSocket");
trap(globalThis, "fetch", "fetch");
if (typeof globalThis.WebSocket === "function") trap(globalThis, "WebSocket", "WebSocket");
