// Preloaded (`node --require`) into scripts whose dry run must work offline: any attempt to reach the network
// throws instead, so a test that passes proves that no connection, DNS lookup or fetch was even tried.
const dns = require('node:dns');
const net = require('node:net');
const tls = require('node:tls');

const refuse = (what) =>
  function refused() {
    throw new Error(`network access refused in an offline dry run: ${what}`);
  };

net.connect = refuse('net.connect');
net.createConnection = refuse('net.createConnection');
net.Socket.prototype.connect = refuse('net.Socket#connect');
tls.connect = refuse('tls.connect');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) {
  dns[name] = refuse(`dns.${name}`);
  dns.promises[name] = refuse(`dns.promises.${name}`);
}
globalThis.fetch = refuse('fetch');
