/** Where images are dropped, or chosen with the file picker; the API checks their type by content, not by name. */
import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import { Box, Typography } from '@mui/material';
import { useRef, useState, type DragEvent } from 'react';
import { Button, useTranslate } from 'react-admin';

const ACCEPTED = 'image/tiff,image/jpeg,image/png,image/webp,.tif,.tiff';

export const ImageDropZone = ({ onFiles }: { onFiles: (files: File[]) => void }) => {
  const translate = useTranslate();
  const picker = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (event.dataTransfer.files.length) onFiles([...event.dataTransfer.files]);
  };
  return (
    <Box
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      sx={{
        p: 3,
        border: 2,
        borderStyle: 'dashed',
        borderColor: dragging ? 'primary.main' : 'divider',
        borderRadius: 2,
        bgcolor: dragging ? 'action.hover' : undefined,
        textAlign: 'center',
      }}
    >
      <CloudUploadIcon color={dragging ? 'primary' : 'disabled'} fontSize="large" />
      <Typography>{translate('oc.media.dropHere')}</Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        {translate('oc.media.acceptedFormats')}
      </Typography>
      <Button label="oc.media.chooseFiles" variant="outlined" onClick={() => picker.current?.click()} />
      <input
        ref={picker}
        type="file"
        accept={ACCEPTED}
        multiple
        hidden
        onChange={(event) => {
          if (event.target.files?.length) onFiles([...event.target.files]);
          event.target.value = '';
        }}
      />
    </Box>
  );
};
