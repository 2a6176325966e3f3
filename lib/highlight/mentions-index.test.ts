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
});
