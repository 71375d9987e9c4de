/**
 * Structured Data on Commons (`wbeditentity` on the file's MediaInfo entity) needs the WikibaseMediaInfo extension,
 * which Debian does not package: the request is built against the documented API and checked here against
 * recorded responses.
 */
import { structuredDataClaims } from '@oc/domain';
import { MediaWikiClient } from '../src';
import recorded from './recorded/wbeditentity.json';

function replay(answers: Array<keyof typeof recorded>, sent: URLSearchParams[]): typeof fetch {
  return async (input, init) => {
    const params = new URLSearchParams(new URL(String(input)).search);
    if (init?.body instanceof URLSearchParams) init.body.forEach((v, k) => params.set(k, v));
    sent.push(params);
    const name = answers.shift();
    if (!name) throw new Error(`unexpected request ${params}`);
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (name === 'login') headers['Set-Cookie'] = 'commonswikiSession=abc123; path=/; HttpOnly';
    if (name === 'maxlag') headers['Retry-After'] = '6';
    return new Response(JSON.stringify(recorded[name]), { headers });
  };
}

describe('Structured Data on Commons (recorded responses: WikibaseMediaInfo is not in Debian)', () => {
  it('sends wbeditentity with the claims, the CSRF token, maxlag and bot flag, waiting out maxlag first', async () => {
    const sent: URLSearchParams[] = [];
    const waits: number[] = [];
    const client = new MediaWikiClient({
      apiUrl: 'https://commons.wikimedia.org/w/api.php',
      username: 'OpenContentBot@uploader',
      password: 'a'.repeat(32),
      fetch: replay(['logintoken', 'login', 'csrftoken', 'maxlag', 'wbeditentity'], sent),
      sleep: async (ms) => void waits.push(ms),
    });
    const data = structuredDataClaims({ artworkQid: null, depictsQid: null, creatorQids: ['Q296'], inceptionYear: 1880 });
    const answer = await client.editEntity('M1234567', data, 'Structured data from the museum notice');

    expect(answer).toEqual(recorded.wbeditentity);
    expect(waits).toEqual([6000]);
    const edit = sent.at(-1) as URLSearchParams;
    expect(Object.fromEntries(edit)).toEqual({
      action: 'wbeditentity',
      id: 'M1234567',
      data: JSON.stringify(data),
      summary: 'Structured data from the museum notice',
      bot: '1',
      format: 'json',
      formatversion: '2',
      maxlag: '5',
      assert: 'user',
      token: recorded.csrftoken.query.tokens.csrftoken,
    });
    expect(JSON.parse(edit.get('data') as string).claims.map((c: { mainsnak: { property: string } }) => c.mainsnak.property)).toEqual(['P170', 'P571', 'P6216', 'P275']);
    expect(sent[1].get('lgname')).toBe('OpenContentBot@uploader');
  });
});
