/**
 * react-admin's fetchJson with the user's bearer token, and server-side validation errors made to carry the
 * API's own sentence, so a rejected save says what is wrong instead of "the form is not valid".
 */
import { fetchUtils, HttpError } from 'react-admin';
import type { TokenStore } from './tokenStore';

export type HttpClient = typeof fetchUtils.fetchJson;

export function createHttpClient(tokens: TokenStore): HttpClient {
  return (url, options = {}) => {
    const token = tokens.get();
    const user = token ? { authenticated: true, token: `Bearer ${token}` } : undefined;
    return fetchUtils.fetchJson(url, { ...options, user }).catch((error: unknown) => {
      throw withServerMessage(error);
    });
  };
}

/** react-admin shows `errors.root.serverError` as the form's notification (useNotifyIsFormInvalid). */
function withServerMessage(error: unknown): unknown {
  if (!(error instanceof HttpError)) return error;
  const errors = error.body?.errors;
  if (!errors || typeof errors !== 'object' || Object.keys(errors).length === 0) return error;
  return new HttpError(error.message, error.status, { ...error.body, errors: { ...errors, root: { serverError: error.message } } });
}
