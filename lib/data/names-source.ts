/**
 * The recognition-side view of the dataset: every entity's surface forms with the
 * evidence rules the matcher needs. Written by the data compiler
 * (`data/generated/names-source.json`, `data/generated/list-names-source.json`) and read by
 * the matcher compiler, which turns it into the automaton tables the content script loads.
 *
 * Kept deliberately close to the record format (`data/SCHEMA.md`) so that a record's
 * `names`, `ambiguous`, `context_words` and `exclude_context` pass through unchanged.
 */

export const NAMES_SOURCE_VERSION = 1;

export interface NamesByScript {
  en: string[];
  ar: string[];
  zh: string[];
}

export interface WordsByLanguage {
  en: string[];
  ar: string[];
}

export interface RecognitionEntity {
  /** Record id (`alibaba-group`), or `list:<list-id>:<entry-key>` for an official-list entity. */
  id: string;
  /** Forms that count on their own. */
  names: NamesByScript;
  /** Forms (any script) that count only with evidence: context words or a confirmed mention elsewhere. */
  ambiguous: string[];
  /** Words near an ambiguous form that confirm it. */
  contextWords: WordsByLanguage;
  /** Words near any form of this entity that rule the mention out. */
  excludeContext: WordsByLanguage;
}

export interface NamesSource {
  version: typeof NAMES_SOURCE_VERSION;
  entities: RecognitionEntity[];
}
