/**
 * The page's mentions, as live Ranges over the page's own text nodes (nothing is written to the
 * page). Answers "which mention is at (text node, offset)" for hit-testing, and lists mentions in
 * document order for the mentions API and keyboard stepping.
 */

export interface MentionRecord {
  /** Unique per page session. */
  id: number;
  entityId: string;
  /** Live range: follows edits of the page, from the first text node of the mention to the last. */
  range: Range;
  /** Key of the text block the mention was found in. */
  blockKey: number;
  /** Text nodes the mention touches, in order: the node itself when it is one (most are; no array each). */
  nodes: Text | Text[];
}

/** The text nodes of a record as a list. */
export function nodesOf(record: Pick<MentionRecord, 'nodes'>): readonly Text[] {
  return Array.isArray(record.nodes) ? record.nodes : [record.nodes];
}

export class MentionsIndex {
  private readonly byNode = new WeakMap<Text, MentionRecord[]>();
  private readonly byBlock = new Map<number, MentionRecord[]>();
  private ordered: MentionRecord[] | null = [];
  /** Mentions per entity id, kept as blocks change: the page's entity set without a walk. */
  private readonly entityCount = new Map<string, number>();
  private nextId = 1;

  /** Replaces the mentions of one block (an empty list removes them). */
  setBlock(
    blockKey: number,
    mentions: Omit<MentionRecord, 'id' | 'blockKey'>[],
  ): { removed: MentionRecord[]; added: MentionRecord[] } {
    const removed = this.removeBlock(blockKey);
    if (mentions.length === 0) return { removed, added: [] };
    const added = mentions.map((m) => ({ ...m, id: this.nextId++, blockKey }));
    this.byBlock.set(blockKey, added);
    for (const record of added) {
      this.entityCount.set(record.entityId, (this.entityCount.get(record.entityId) ?? 0) + 1);
      for (const node of nodesOf(record)) {
        const list = this.byNode.get(node);
        if (list) list.push(record);
        else this.byNode.set(node, [record]);
      }
    }
    this.ordered = null;
    return { removed, added };
  }

  /** Removes one block's mentions and returns them. */
  removeBlock(blockKey: number): MentionRecord[] {
    const old = this.byBlock.get(blockKey);
    if (!old) return [];
    this.byBlock.delete(blockKey);
    for (const record of old) {
      const n = this.entityCount.get(record.entityId)! - 1;
      if (n > 0) this.entityCount.set(record.entityId, n);
      else this.entityCount.delete(record.entityId);
    }
    // One pass per text node, not one per mention: a text node of a million characters holds tens
    // of thousands of mentions, and filtering its list once per removed mention is quadratic.
    const gone = new Set(old);
    const nodes = new Set<Text>();
    for (const record of old) for (const node of nodesOf(record)) nodes.add(node);
    for (const node of nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const kept = list.filter((r) => !gone.has(r));
      if (kept.length) this.byNode.set(node, kept);
      else this.byNode.delete(node);
    }
    this.ordered = null;
    return old;
  }

  clear(): void {
    for (const key of [...this.byBlock.keys()]) this.removeBlock(key);
  }

  /** Mentions touching a text node. */
  at(node: Text): readonly MentionRecord[] {
    return this.byNode.get(node) ?? [];
  }

  /** Distinct entity ids on the page (no ordering work). */
  entityIds(): string[] {
    return [...this.entityCount.keys()].sort();
  }

  /**
   * Every mention still in the document, in document order. Blocks are sorted by their first
   * mention (a block's mentions are already in order), so the cost grows with blocks, not mentions.
   */
  all(): readonly MentionRecord[] {
    if (!this.ordered) {
      const blocks = [...this.byBlock.values()]
        .map((records) => records.filter((r) => r.range.startContainer.isConnected && !r.range.collapsed))
        .filter((records) => records.length > 0);
      blocks.sort((a, b) => compareComposed(a[0]!.range, b[0]!.range));
      this.ordered = blocks.flat();
    }
    return this.ordered;
  }
}

/** The node, then each shadow host above it, up to the document. */
function hostChain(node: Node): Node[] {
  const chain: Node[] = [];
  for (let n: Node | null = node; n;) {
    chain.push(n);
    const root = n.getRootNode();
    n = root instanceof ShadowRoot ? root.host : null;
  }
  return chain;
}

/**
 * Document order of two ranges across open shadow roots (a shadow tree sits where its host is).
 * `compareBoundaryPoints` only works within one tree and throws across trees.
 */
export function compareComposed(a: Range, b: Range): number {
  if (a.startContainer.getRootNode() === b.startContainer.getRootNode()) {
    return a.compareBoundaryPoints(Range.START_TO_START, b);
  }
  const ca = hostChain(a.startContainer);
  const cb = hostChain(b.startContainer);
  for (const x of ca) {
    const root = x.getRootNode();
    const y = cb.find((n) => n.getRootNode() === root);
    if (!y) continue;
    if (x === y) return ca.indexOf(x) > cb.indexOf(y) ? -1 : 1; // inside the same host: its shadow tree first
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
  return 0;
}
