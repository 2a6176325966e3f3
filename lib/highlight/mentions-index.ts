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
  /** Each block's mentions and its place in document order (the page scanner's numbers). */
  private readonly byBlock = new Map<number, { order: number; records: MentionRecord[] }>();
  private ordered: MentionRecord[] | null = [];
  /** Mentions per entity id, kept as blocks change: the page's entity set without a walk. */
  private readonly entityCount = new Map<string, number>();
  private nextId = 1;
  private total = 0;

  /**
   * Replaces the mentions of one block (an empty list removes them). `order`: the block's place in
   * document order; blocks of equal order are in key order.
   */
  setBlock(
    blockKey: number,
    mentions: Omit<MentionRecord, 'id' | 'blockKey'>[],
    order = 0,
  ): { removed: MentionRecord[]; added: MentionRecord[] } {
    const removed = this.removeBlock(blockKey);
    if (mentions.length === 0) return { removed, added: [] };
    const added = mentions.map((m) => ({ ...m, id: this.nextId++, blockKey }));
    this.byBlock.set(blockKey, { order, records: added });
    this.total += added.length;
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
    const old = this.byBlock.get(blockKey)?.records;
    if (!old) return [];
    this.byBlock.delete(blockKey);
    this.total -= old.length;
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

  /** How many mentions (no ordering work). */
  get size(): number {
    return this.total;
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
   * Every mention, in document order: blocks by their order and key, each block's mentions in
   * order. No DOM is read (see page-scanner.ts `Interval`), so a page of 100k nodes costs a sort
   * of numbers. A mention whose text the page has just removed stays until its block is
   * re-scanned; readers that need only live ones check `isLive`.
   */
  all(): readonly MentionRecord[] {
    if (!this.ordered) {
      const blocks = [...this.byBlock].sort(([ka, a], [kb, b]) => a.order - b.order || ka - kb);
      this.ordered = blocks.flatMap(([, block]) => block.records);
    }
    return this.ordered;
  }
}

/** A mention whose text is still in the page (not removed, not edited away). */
export function isLive(record: MentionRecord): boolean {
  return record.range.startContainer.isConnected && !record.range.collapsed;
}
