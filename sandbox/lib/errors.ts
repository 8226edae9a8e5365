/** GHL-style error answers: `{ statusCode, message, error }`, message a string or a list. */
export class HttpError extends Error {
  readonly status: number;
  readonly body: Record<string, unknown>;
  constructor(status: number, message: string | string[], error?: string, extra: Record<string, unknown> = {}) {
    super(Array.isArray(message) ? message.join('; ') : message);
    this.status = status;
    this.body = { statusCode: status, message, ...(error ? { error } : {}), ...extra };
  }
}

export const badRequest = (message: string, extra?: Record<string, unknown>) => new HttpError(400, message, 'Bad Request', extra);
/** GHL validates bodies with class-validator: a 422 with one message per problem. */
export const unprocessable = (messages: string | string[]) => new HttpError(422, ([] as string[]).concat(messages), 'Unprocessable Entity');
export const notFound = (message: string) => new HttpError(404, message, 'Not Found');
export const forbidden = (message = 'The token does not have access to this location') => new HttpError(403, message, 'Forbidden');
export const unauthorized = () => new HttpError(401, 'Invalid token: access token is invalid', 'Unauthorized');
/** Only for an endpoint GHL does not have. */
export const noRoute = (method: string, path: string) => new HttpError(404, `Cannot ${method} ${path}`, 'Not Found');
