/**
 * OpenSeadragon on an image's IIIF level-0 tiles (DESIGN.md §6). The viewer fetches info.json and every tile itself,
 * with the bearer token in its AJAX headers; it is loaded on first use, so the lists do not carry it. Zoom with the
 * wheel, a double click or the buttons.
 */
import AddIcon from '@mui/icons-material/Add';
import HomeIcon from '@mui/icons-material/Home';
import RemoveIcon from '@mui/icons-material/Remove';
import { Alert, Box, IconButton, Stack } from '@mui/material';
import type OpenSeadragon from 'openseadragon';
import { useEffect, useRef, useState } from 'react';
import { useDataProvider, useTranslate, type Identifier } from 'react-admin';
import type { OcDataProvider } from '../api/dataProvider';

const ZOOM_STEP = 1.5;

export const DeepZoomViewer = ({ mediaId }: { mediaId: Identifier }) => {
  const dataProvider = useDataProvider<OcDataProvider>();
  const translate = useTranslate();
  const container = useRef<HTMLDivElement>(null);
  const [viewer, setViewer] = useState<OpenSeadragon.Viewer>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let opened: OpenSeadragon.Viewer | undefined;
    let cancelled = false;
    Promise.all([dataProvider.deepZoomSource(mediaId), import('openseadragon')]).then(([source, { default: openSeadragon }]) => {
      if (cancelled || !container.current) return;
      opened = openSeadragon({
        element: container.current,
        tileSources: source.url,
        loadTilesWithAjax: true,
        ajaxHeaders: source.headers,
        // Our own buttons below: OpenSeadragon's would need its images served from a prefixUrl.
        showNavigationControl: false,
        showNavigator: true,
        navigatorPosition: 'BOTTOM_RIGHT',
        visibilityRatio: 1,
      });
      opened.addHandler('open-failed', () => setFailed(true));
      setViewer(opened);
    });
    return () => {
      cancelled = true;
      opened?.destroy();
    };
  }, [dataProvider, mediaId]);

  return (
    <Stack spacing={1}>
      {failed && <Alert severity="error">{translate('oc.media.deepZoomFailed')}</Alert>}
      <Box ref={container} sx={{ height: '70vh', bgcolor: 'grey.900' }} data-testid="deep-zoom" />
      <Stack direction="row" sx={{ justifyContent: 'center' }}>
        <IconButton aria-label={translate('oc.media.zoomIn')} onClick={() => viewer?.viewport.zoomBy(ZOOM_STEP)} disabled={!viewer}>
          <AddIcon />
        </IconButton>
        <IconButton aria-label={translate('oc.media.zoomOut')} onClick={() => viewer?.viewport.zoomBy(1 / ZOOM_STEP)} disabled={!viewer}>
          <RemoveIcon />
        </IconButton>
        <IconButton aria-label={translate('oc.media.zoomHome')} onClick={() => viewer?.viewport.goHome()} disabled={!viewer}>
          <HomeIcon />
        </IconButton>
      </Stack>
    </Stack>
  );
};
