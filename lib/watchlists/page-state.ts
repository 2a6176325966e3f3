import type { MentionsReport } from '../messaging/protocol';

/** Why the section shows no companies, or null when it lists them. */
export type PageState =
  'loading' | 'no-tab' | 'unsupported' | 'global-off' | 'site-off' | 'scanning' | 'empty' | null;

/** Decides the "on this page" state from what the popup knows. */
export function pageStateOf(input: {
  tabId: number | null | undefined;
  report: MentionsReport | null | undefined;
  globalEnabled: boolean;
  siteEnabled: boolean;
}): PageState {
  if (input.tabId === undefined) return 'loading';
  if (input.tabId === null) return 'no-tab';
  if (!input.globalEnabled) return 'global-off';
  if (input.report === undefined) return 'loading';
  if (input.report === null) return 'unsupported';
  if (!input.siteEnabled) return 'site-off';
  if (!input.report.mentions.length) return input.report.done ? 'empty' : 'scanning';
  return null;
}
