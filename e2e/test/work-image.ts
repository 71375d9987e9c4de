/**
 * Giving a work its primary image the way a registrar's upload does: through the images API, then waiting for the
 * worker to render it. Journeys that are not about images set this part of the scene over HTTP.
 */
import { photo } from '@oc/testing';
import type { ApiSession } from './api-session';

const READY_WITHIN_MS = 60_000;

export async function uploadReadyImage(api: ApiSession, workId: string): Promise<void> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(await photo(1600, 1200))], { type: 'image/jpeg' }), 'original.jpg');
  const { id } = await api.request<{ id: string }>('POST', `/works/${workId}/media`, form);
  const deadline = Date.now() + READY_WITHIN_MS;
  for (;;) {
    const media = await api.request<{ status: string; error: string | null }>('GET', `/media/${id}`);
    if (media.status === 'ready') return;
    if (media.status === 'failed') throw new Error(`the image failed to render: ${media.error}`);
    if (Date.now() > deadline) throw new Error(`the image was still ${media.status} after ${READY_WITHIN_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
