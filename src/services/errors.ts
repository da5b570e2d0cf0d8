import type { FailBody } from '@core/contract/envelope';
import { t } from '@/i18n';

/**
 * What the user reads for a failed call: the server's own message (already in the user's language), followed for
 * VALIDATION by each field's problem, and for INTERNAL by the request id support needs to find the log line.
 */
export function describeError(error: FailBody): string {
  const lines = [error.message];
  if (error.code === 'VALIDATION' && error.issues) {
    for (const issue of error.issues) {
      lines.push(issue.path ? t('error.fieldIssue', { path: issue.path, message: issue.message }) : issue.message);
    }
  }
  if (error.requestId) lines.push(t('error.requestId', { id: error.requestId }));
  return lines.join('\n');
}

/** VALIDATION issues by field path, first message per field, for showing next to form fields. */
export function issuesByPath(error: FailBody): Record<string, string> {
  const byPath: Record<string, string> = {};
  for (const issue of error.issues ?? []) byPath[issue.path] ??= issue.message;
  return byPath;
}
