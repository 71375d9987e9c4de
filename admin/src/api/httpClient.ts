/**
 * react-admin's fetchJson with the user's bearer token; server-side validation errors made to carry the API's own
 * sentence, so a rejected save says what is wrong instead of "the form is not valid"; and the refusals the API
 * names with a `code` (a stale version, a role without the permission, the four-eyes rule) said in the user's
 * language, wherever the message is shown.
 */
import { isRefusalCode } from '@oc/domain';
import { fetchUtils, HttpError, type TranslateFunction } from 'react-admin';
import type { TokenStore } from './tokenStore';

export type HttpClient = typeof fetchUtils.fetchJson;

export function createHttpClient(tokens: TokenStore, translate: TranslateFunction): HttpClient {
  return (url, options = {}) => {
    const token = tokens.get();
    const user = token ? { authenticated: true, token: `Bearer ${token}` } : undefined;
    return fetchUtils.fetchJson(url, { ...options, user }).catch((error: unknown) => {
      throw withServerMessage(inUserLanguage(error, translate));
    });
  };
}

/** The API's English sentence stays in the body (`apiMessage`) for whoever reports the problem. */
function inUserLanguage(error: unknown, translate: TranslateFunction): unknown {
  if (!(error instanceof HttpError)) return error;
  const code = error.body?.code;
  if (!isRefusalCode(code)) return error;
  return new HttpError(translate(`oc.errors.${code}`, error.body), error.status, { ...error.body, apiMessage: error.message });
}

/** react-admin shows `errors.root.serverError` as the form's notification (useNotifyIsFormInvalid). */
function withServerMessage(error: unknown): unknown {
  if (!(error instanceof HttpError)) return error;
  const errors = error.body?.errors;
  if (!errors || typeof errors !== 'object' || Object.keys(errors).length === 0) return error;
  return new HttpError(error.message, error.status, { ...error.body, errors: { ...errors, root: { serverError: error.message } } });
}
