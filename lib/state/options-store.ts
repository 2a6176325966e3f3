import { create } from 'zustand';
import type {
  ImportMode,
  ImportProblem,
  ImportSummary,
  ImportValidation,
  ImportPlan,
} from '../storage/import-export';

/** UI state of the options page's import flow (validation result, chosen mode, outcome). */
export interface OptionsState {
  fileName: string | null;
  /** Problems of the last validated file (empty when valid). */
  problems: ImportProblem[];
  plan: ImportPlan | null;
  mode: ImportMode;
  summary: ImportSummary | null;
  /** Message key of a failed apply (database error). */
  applyError: string | null;
  setValidation(fileName: string, validation: ImportValidation): void;
  setMode(mode: ImportMode): void;
  setApplied(summary: ImportSummary): void;
  setApplyError(error: string | null): void;
  reset(): void;
}

const EMPTY = { fileName: null, problems: [], plan: null, summary: null, applyError: null } as const;

/** Creates the options page's import store. */
export function createOptionsStore() {
  return create<OptionsState>()((set) => ({
    ...EMPTY,
    problems: [],
    mode: 'merge',
    setValidation: (fileName, validation) =>
      set({
        fileName,
        problems: validation.ok ? [] : validation.problems,
        plan: validation.ok ? validation.plan : null,
        summary: null,
        applyError: null,
      }),
    setMode: (mode) => set({ mode }),
    setApplied: (summary) => set({ summary, plan: null, problems: [], applyError: null }),
    setApplyError: (applyError) => set({ applyError }),
    reset: () => set({ ...EMPTY, problems: [] }),
  }));
}

export type OptionsStore = ReturnType<typeof createOptionsStore>;
