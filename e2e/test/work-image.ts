/**
 * Giving a work its primary image the way a registrar's upload does: through the images API, then waiting for the
 * worker to render it. The admin has no upload screen yet, so the journey does this part over HTTP.
 */
import { photo } from '@oc/testing';

const READY_WITHIN_MS = 60_000;

export async function uploadReadyImage(baseUrl: string, workId: string, credentials: { email: string; password: string }): Promise<void> {
  const login = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(credentials) });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const authorization = `Bearer ${accessToken}`;

  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(await photo(1600, 1200))], { type: 'image/jpeg' }), 'original.jpg');
  const upload = await fetch(`${baseUrl}/api/works/${workId}/media`, { method: 'POST', headers: { authorization }, body: form });
  if (!upload.ok) throw new Error(`upload refused: ${upload.status} ${await upload.text()}`);
  const { id } = (await upload.json()) as { id: string };

  const deadline = Date.now() + READY_WITHIN_MS;
  for (;;) {
    const media = (await (await fetch(`${baseUrl}/api/media/${id}`, { headers: { authorization } })).json()) as { status: string; error: string | null };
    if (media.status === 'ready') return;
    if (media.status === 'failed') throw new Error(`the image failed to render: ${media.error}`);
    if (Date.now() > deadline) throw new Error(`the image was still ${media.status} after ${READY_WITHIN_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
