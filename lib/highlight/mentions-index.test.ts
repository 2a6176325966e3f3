import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { MentionsIndex } from './mentions-index';

function setup() {
  const window = new Window();
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = '<p>Alibaba and Tencent. Nvidia and AMD.</p>';
  const node = doc.body.firstChild!.firstChild as Text;
  const mention = (entityId: string, start: number, end: number) => {
    const range = doc.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    return { entityId, range, nodes: [node] };
  };
  return { node, mention };
}

describe('MentionsIndex', () => {
  it('keeps the mentions of other blocks on a shared text node when one block goes', () => {
    const { node, mention } = setup();
    const index = new MentionsIndex();
    // two pieces of one huge text node: both blocks hold mentions on the same node
    index.setBlock(1, [mention('alibaba-group', 0, 7), mention('tencent', 12, 19)]);
    index.setBlock(2, [mention('nvidia', 21, 27), mention('amd', 32, 35)]);
    expect(index.at(node).map((m) => m.entityId)).toEqual(['alibaba-group', 'tencent', 'nvidia', 'amd']);
    const removed = index.removeBlock(1);
    expect(removed.map((m) => m.entityId)).toEqual(['alibaba-group', 'tencent']);
    expect(index.at(node).map((m) => m.entityId)).toEqual(['nvidia', 'amd']);
    expect(index.entityIds()).toEqual(['amd', 'nvidia']);
    index.clear();
    expect(index.at(node)).toEqual([]);
    expect(index.all()).toEqual([]);
  });

  it('replaces a block on setBlock and reports what left and what came', () => {
    const { node, mention } = setup();
    const index = new MentionsIndex();
    index.setBlock(1, [mention('alibaba-group', 0, 7)]);
    const { removed, added } = index.setBlock(1, [mention('tencent', 12, 19)]);
    expect(removed.map((m) => m.entityId)).toEqual(['alibaba-group']);
    expect(added.map((m) => m.entityId)).toEqual(['tencent']);
    expect(index.at(node).map((m) => m.entityId)).toEqual(['tencent']);
  });

  it('lists mentions in document order, not in the order blocks were scanned or re-scanned', () => {
    const window = new Window();
    const doc = window.document as unknown as Document;
    doc.body.innerHTML = '<p>Alibaba</p><p>Tencent</p><p>Nvidia</p><p>one huge node: AMD ... Intel</p>';
    const [a, t, n, huge] = [...doc.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const at = (node: Text, start: number, end: number, entityId: string) => {
      const range = doc.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      return { entityId, range, nodes: node };
    };
    const index = new MentionsIndex();
    // The viewport (Nvidia) first, then the page from the top; then Alibaba's block is re-scanned,
    // and the huge node's second piece is registered before its first.
    // Orders as the page scanner gives them: the page is [0, 1), four paragraphs a quarter each;
    // the huge node's two pieces share their paragraph's order and go by key.
    index.setBlock(1, [at(n!, 0, 6, 'nvidia')], 0.5);
    index.setBlock(2, [at(a!, 0, 7, 'alibaba-group')], 0);
    index.setBlock(3, [at(t!, 0, 7, 'tencent')], 0.25);
    index.setBlock(5, [at(huge!, 23, 28, 'intel')], 0.75);
    index.setBlock(4, [at(huge!, 15, 18, 'amd')], 0.75);
    // Re-scanned: placed between its neighbours (nothing before it, Tencent after).
    index.setBlock(6, [at(a!, 0, 7, 'alibaba-group')], 0.1);
    index.removeBlock(2);
    expect(index.all().map((m) => m.entityId)).toEqual([
      'alibaba-group',
      'tencent',
      'nvidia',
      'amd',
      'intel',
    ]);
  });
});
