import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerCardModule } from '../components/hover-card/card-module';
import { mountHoverCard } from '../components/hover-card/mount-hover-card';

/**
 * The hover card's script, injected by the background (`siyaq:load-card`) into the tab whose
 * content script first opens a card; see components/hover-card/card-module.ts.
 */
export default defineUnlistedScript(() => {
  registerCardModule({ mountHoverCard });
});
