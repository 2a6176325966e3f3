/** Base64 ↔ typed arrays (little-endian), without Node's Buffer so it runs in a content script. */

const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Uint8Array(128);
for (let i = 0; i < ALPHA.length; i++) LOOKUP[ALPHA.charCodeAt(i)] = i;

export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  const chunk: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i];
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
    chunk.push(
      ALPHA[a! >> 2]! +
        ALPHA[((a! & 3) << 4) | (b! >> 4)]! +
        (i + 1 < bytes.length ? ALPHA[((b! & 15) << 2) | (c! >> 6)] : '=') +
        (i + 2 < bytes.length ? ALPHA[c! & 63] : '='),
    );
    if (chunk.length === 4096) {
      out += chunk.join('');
      chunk.length = 0;
    }
  }
  return out + chunk.join('');
}

/** The browsers' native decoder (Chrome 140+, Firefox 133+; not in Node 22). */
const fromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;

export function base64ToBytes(text: string): Uint8Array {
  // Native where it exists: a page's first decode runs cold code, where the loop below costs
  // tens of milliseconds for the names index and the native decoder well under one.
  if (fromBase64) return fromBase64(text);
  let len = text.length;
  while (len > 0 && text[len - 1] === '=') len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  for (let i = 0; i < len; i += 4) {
    const a = LOOKUP[text.charCodeAt(i)];
    const b = LOOKUP[text.charCodeAt(i + 1)];
    const c = i + 2 < len ? LOOKUP[text.charCodeAt(i + 2)] : 0;
    const d = i + 3 < len ? LOOKUP[text.charCodeAt(i + 3)] : 0;
    out[o++] = (a! << 2) | (b! >> 4);
    if (i + 2 < len) out[o++] = ((b! & 15) << 4) | (c! >> 2);
    if (i + 3 < len) out[o++] = ((c! & 3) << 6) | d!;
  }
  return out;
}

export function encodeU32(a: Uint32Array): string {
  return bytesToBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
}
export function encodeU16(a: Uint16Array): string {
  return bytesToBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
}
export function decodeU32(s: string): Uint32Array {
  const b = base64ToBytes(s);
  return new Uint32Array(b.buffer, b.byteOffset, b.byteLength >> 2);
}
export function decodeU16(s: string): Uint16Array {
  const b = base64ToBytes(s);
  return new Uint16Array(b.buffer, b.byteOffset, b.byteLength >> 1);
}
