// A catch-all TCP listener for the network-silence tests. The browsers are launched so that every
// host name resolves to 127.0.0.1 and lands here; whatever connects is recorded (the HTTP request
// line and Host header, or the TLS server name), so a request from any context — page, content
// script, service worker, extension page or the browser itself — cannot go unseen.
import { createServer, type Server } from 'node:net';

export interface SinkHit {
  port: number;
  /** `GET http://host/path`, `TLS example.com`, or the first bytes when neither parses. */
  summary: string;
}

/** Reads the SNI server name from a TLS ClientHello, if the bytes are one. */
function tlsServerName(data: Buffer): string | null {
  if (data.length < 43 || data[0] !== 0x16) return null;
  let offset = 43; // record header 5 + handshake header 4 + version 2 + random 32
  const skip = (lengthBytes: number) => {
    const length = lengthBytes === 1 ? data[offset]! : data.readUInt16BE(offset);
    offset += lengthBytes + length;
  };
  try {
    skip(1); // session id
    skip(2); // cipher suites
    skip(1); // compression methods
    const extensionsEnd = offset + 2 + data.readUInt16BE(offset);
    offset += 2;
    while (offset + 4 <= extensionsEnd) {
      const type = data.readUInt16BE(offset);
      const length = data.readUInt16BE(offset + 2);
      if (type === 0) return data.subarray(offset + 9, offset + 4 + length).toString('latin1');
      offset += 4 + length;
    }
  } catch {
    return null;
  }
  return null;
}

function summarize(data: Buffer): string {
  const sni = tlsServerName(data);
  if (sni) return `TLS ${sni}`;
  const text = data.subarray(0, 512).toString('latin1');
  const requestLine = text.split('\r\n')[0] ?? '';
  const host = /\r\nhost:\s*([^\r\n]+)/i.exec(text)?.[1];
  if (/^[A-Z]+ \S+ HTTP\//.test(requestLine))
    return `${requestLine.split(' ').slice(0, 2).join(' ')} (host ${host ?? '?'})`;
  return `bytes ${JSON.stringify(text.slice(0, 60))}`;
}

export interface NetworkSink {
  hits: SinkHit[];
  ports: number[];
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 at each port (0 = any free port); ports that cannot be bound are left out. */
export async function startNetworkSink(ports: number[]): Promise<NetworkSink> {
  const hits: SinkHit[] = [];
  const servers: Server[] = [];
  const bound: number[] = [];
  for (const wanted of ports) {
    const server = createServer((socket) => {
      const port = (socket.localPort ?? wanted) as number;
      socket.once('data', (data) => {
        hits.push({ port, summary: summarize(data) });
        socket.destroy();
      });
      socket.setTimeout(2000, () => {
        hits.push({ port, summary: 'connection without data' });
        socket.destroy();
      });
      socket.on('error', () => {});
    });
    const ok = await new Promise<boolean>((done) => {
      server.once('error', () => done(false));
      server.listen(wanted, '127.0.0.1', () => done(true));
    });
    if (!ok) continue;
    servers.push(server);
    const address = server.address();
    bound.push(typeof address === 'object' && address ? address.port : wanted);
  }
  return {
    hits,
    ports: bound,
    close: () =>
      Promise.all(servers.map((s) => new Promise<void>((d) => s.close(() => d())))).then(() => undefined),
  };
}
