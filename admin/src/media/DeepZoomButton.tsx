/** Opens the deep-zoom viewer on an image's tiles (only Open Content works have them). */
import ZoomInIcon from '@mui/icons-material/ZoomIn';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { DeepZoomViewer } from './DeepZoomViewer';
import type { MediaRecord } from './mediaRecord';

export const DeepZoomButton = ({ image }: { image: MediaRecord }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="oc.media.deepZoom" onClick={() => setOpen(true)}>
        <ZoomInIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xl">
        <DialogTitle>{image.caption ?? translate('oc.media.deepZoom')}</DialogTitle>
        <DialogContent>{open && <DeepZoomViewer mediaId={image.id} />}</DialogContent>
        <DialogActions>
          <Button label="ra.action.close" onClick={() => setOpen(false)} />
        </DialogActions>
      </Dialog>
    </>
  );
};
