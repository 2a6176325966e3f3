/**
 * Connects the hover store to the presentational card: fetches the entity's details and watch
 * state from the background (the content script holds only the names index), positions the card
 * next to the mention with floating-ui (inline() for multi-line mentions, flip/shift at the
 * viewport edges), moves focus in when opened from the keyboard, drops stale lookups.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift } from '@floating-ui/dom';
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { EntityDetails } from '../../lib/data/details';
import { sendToBackground } from '../../lib/messaging/send';
import type { HoverStore } from '../../lib/state/hover-store';
import { HoverCard, type CardContent } from './HoverCard';

export interface HoverCardRootProps {
  store: HoverStore;
  onClose: () => void;
}

export function HoverCardRoot({ store, onClose }: HoverCardRootProps) {
  const open = useStore(store, (s) => s.open);
  const anchor = useStore(store, (s) => s.anchor);
  const stack = useStore(store, (s) => s.entityStack);
  const language = useStore(store, (s) => s.language);
  const takeFocus = useStore(store, (s) => s.takeFocus);
  const entityId = stack[stack.length - 1] ?? null;
  // Results are keyed by entity id: a stale answer (the card moved on) is never shown.
  const [loaded, setLoaded] = useState<{ id: string; content: CardContent } | null>(null);
  const [watch, setWatch] = useState<{ id: string; watched: boolean | null } | null>(null);
  const content: CardContent = entityId && loaded?.id === entityId ? loaded.content : { status: 'loading' };
  const watched = entityId && watch?.id === entityId ? watch.watched : null;
  const setWatched = (value: boolean | null) => entityId && setWatch({ id: entityId, watched: value });
  const floating = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!entityId) return;
    let live = true;
    sendToBackground('siyaq:get-entity', { entityId })
      .then((entity: EntityDetails | null) => {
        if (live)
          setLoaded({
            id: entityId,
            content: entity ? { status: 'ready', entity } : { status: 'missing', entityId },
          });
      })
      .catch(() => live && setLoaded({ id: entityId, content: { status: 'missing', entityId } }));
    sendToBackground('siyaq:list-watchlists', { entityId })
      .then(
        (lists) =>
          live && setWatch({ id: entityId, watched: Array.isArray(lists) && lists.some((l) => l.hasEntity) }),
      )
      .catch(() => live && setWatch({ id: entityId, watched: null }));
    return () => {
      live = false;
    };
  }, [entityId]);

  useEffect(() => {
    const el = floating.current;
    if (!open || !anchor || !el) return;
    const contextElement =
      anchor instanceof Range ? (anchor.startContainer.parentElement ?? undefined) : undefined;
    const reference = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
      contextElement,
    };
    return autoUpdate(reference, el, () => {
      void computePosition(reference, el, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [inline(), offset(6), flip(), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        el.style.left = `${x}px`;
        el.style.top = `${y}px`;
      });
    });
  }, [open, anchor]);

  useEffect(() => {
    if (open && takeFocus)
      floating.current?.querySelector<HTMLElement>('[data-testid="siyaq-card"]')?.focus();
  }, [open, takeFocus, content.status]);

  if (!open) return null;
  const toggleWatch = () => {
    if (!entityId || watched === null) return;
    const was = watched;
    setWatched(null);
    const request = was
      ? sendToBackground('siyaq:remove-from-watchlist', { entityId })
      : sendToBackground('siyaq:add-to-watchlist', { entityId });
    request.then((r) => setWatched(r.ok ? !was : was)).catch(() => setWatched(was));
  };
  return (
    <div
      ref={floating}
      style={{ position: 'fixed', left: 0, top: 0, zIndex: 2147483647 }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <HoverCard
        content={content}
        language={language}
        watched={watched}
        canGoBack={stack.length > 1}
        onToggleWatch={toggleWatch}
        onOpenEntity={(id) => store.getState().showEntity(id)}
        onBack={() => store.getState().back()}
        onClose={onClose}
      />
    </div>
  );
}
