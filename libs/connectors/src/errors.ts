/**
 * How a target's failure is handled: a refusal (the request itself is wrong: 4xx, an ineligible work) fails at
 * once and shows the target's message; anything else (5xx, timeouts, network, maxlag) is retried with backoff.
 */
export class PublicationRefused extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = 'PublicationRefused';
  }
}

export class TargetUnavailable extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = 'TargetUnavailable';
  }
}
