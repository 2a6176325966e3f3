/** Validation problems, formatted `file: path: problem` so the build log points at the fix. */

export interface DataIssue {
  /** Repository-relative file, e.g. `data/companies/openai.yaml`. */
  file: string;
  /** Field path inside the file, e.g. `funding[2].sources[0]`; empty for the whole file. */
  path: string;
  message: string;
}

/** Formats a zod / JS path array as `funding[2].sources[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export function formatIssue(issue: DataIssue): string {
  return issue.path ? `${issue.file}: ${issue.path}: ${issue.message}` : `${issue.file}: ${issue.message}`;
}

/** Thrown by the compiler when validation fails; `issues` holds every problem found, not just the first. */
export class DataValidationError extends Error {
  constructor(readonly issues: DataIssue[]) {
    super(`data validation failed with ${issues.length} error(s):\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'DataValidationError';
  }
}
