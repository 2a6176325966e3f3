// The card's code arrives on demand (components/hover-card/card-module.ts): the first card of a
// page asks the background to inject card.js, then takes the mount function it registered.
import { registeredCardModule, type CardModule } from '../../components/hover-card/card-module';
import { sendToBackground } from '../../lib/messaging/send';
import { loadOnce } from './load-once';

/** The card module, injecting the card script first if this page has not loaded it yet. */
export const loadCardModule = loadOnce(injectCardScript);

async function injectCardScript(): Promise<CardModule> {
  const present = registeredCardModule();
  if (present) return present;
  const answer = (await sendToBackground('siyaq:load-card', {})) as { ok: boolean; error?: string };
  const loaded = registeredCardModule();
  if (!loaded) throw new Error(`Siyaq: the card script did not load (${answer.error ?? 'no error given'})`);
  return loaded;
}
