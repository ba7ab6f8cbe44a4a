/** RFC 9457 problem details as the API sends them with every 4xx and 5xx answer. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: { field: string; message: string }[];
}

/**
 * A failed API call: the answer's status and problem details, or status 0 when the network failed. `message` is
 * meant for the user (the API's Chinese detail, or the app's own words for a network failure or an expired sign-in).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }

  get fieldErrors(): { field: string; message: string }[] {
    return this.problem.errors ?? [];
  }

  /** Field errors keyed by form field: "body.areaCode" → "areaCode"; the first message of each field wins. */
  fieldMessages(): Record<string, string> {
    const messages: Record<string, string> = {};
    for (const e of this.fieldErrors) {
      const key = e.field.replace(/^(body|query|params)\./, '');
      messages[key] ??= e.message;
    }
    return messages;
  }
}

export const networkError = (message: string) => new ApiError(0, { title: message, detail: message });

export function problemOf(status: number, json: unknown, fallback: string): Problem {
  const looksLikeProblem = typeof json === 'object' && json !== null && ('title' in json || 'detail' in json);
  return looksLikeProblem ? (json as Problem) : { status, title: fallback };
}
