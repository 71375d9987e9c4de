/**
 * An object URL for one derivative of an image, fetched with the bearer token (an `<img>` cannot send it). The blob
 * is cached by react-query; the URL lives as long as the component that shows it. `revision` refetches once the
 * image changes (rendered again, for instance).
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useDataProvider, type Identifier } from 'react-admin';
import type { OcDataProvider } from '../api/dataProvider';

export function useDerivativeUrl(mediaId: Identifier | null | undefined, kind: 'thumb' | 'web', revision?: string): string | undefined {
  const dataProvider = useDataProvider<OcDataProvider>();
  const { data: blob } = useQuery({
    queryKey: ['media', 'derivative', mediaId, kind, revision],
    queryFn: () => dataProvider.getDerivative(mediaId as Identifier, kind),
    enabled: mediaId != null,
    staleTime: Infinity,
    retry: false,
  });
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob) {
      setUrl(undefined);
      return;
    }
    const objectUrl = URL.createObjectURL(blob);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [blob]);
  return url;
}
