import { describe, expect, it } from 'vitest';
import { endOutput, firstOutput, hasOutputs, nodeOutputs, popcount } from './node-outputs';

/** A small deterministic generator (the tests must not depend on Math.random). */
function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

describe('node outputs', () => {
  it('popcount counts the set bits of 32-bit words', () => {
    for (const [x, n] of [
      [0, 0],
      [1, 1],
      [0x80000000, 1],
      [0xffffffff, 32],
      [0x55555555, 16],
      [0x0f0f0f0f, 16],
      [0x12345678, 13],
    ] as const)
      expect(popcount(x >>> 0)).toBe(n);
  });

  it('gives every node the output range of one Uint32 per node (outFirst)', () => {
    const r = seeded(3);
    for (const n of [1, 31, 32, 33, 64, 1000, 4099]) {
      const density = r();
      const outNodes: number[] = [];
      const outCount: number[] = [];
      for (let v = 0; v < n; v++)
        if (r() < density) {
          outNodes.push(v);
          outCount.push(1 + Math.floor(r() * 5));
        }
      // The reference: the first entry of every node, as prefix sums over all n nodes.
      const outFirst = new Uint32Array(n + 1);
      let o = 0;
      let t = 0;
      for (let v = 0; v < n; v++) {
        outFirst[v] = o;
        if (outNodes[t] === v) o += outCount[t++]!;
      }
      outFirst[n] = o;
      const outs = nodeOutputs(Uint32Array.from(outNodes), Uint8Array.from(outCount), n);
      for (let v = 0; v < n; v++) {
        expect(hasOutputs(outs, v), `n ${n} v ${v}`).toBe(outFirst[v] !== outFirst[v + 1]);
        expect(firstOutput(outs, v), `n ${n} v ${v}`).toBe(outFirst[v]);
        expect(endOutput(outs, v), `n ${n} v ${v}`).toBe(outFirst[v + 1]);
      }
    }
  });
});
