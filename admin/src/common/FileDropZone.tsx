/** Where files are dropped, or chosen with the file picker; the API checks what they hold, whatever their names. */
import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import { Box, Typography } from '@mui/material';
import { useRef, useState, type DragEvent } from 'react';
import { Button, useTranslate } from 'react-admin';

interface FileDropZoneProps {
  onFiles: (files: File[]) => void;
  /** The picker's `accept`. */
  accept: string;
  multiple?: boolean;
  /** i18n keys: what to drop, and the formats taken. */
  prompt: string;
  formats: string;
}

export const FileDropZone = ({ onFiles, accept, multiple = false, prompt, formats }: FileDropZoneProps) => {
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
      <Typography>{translate(prompt)}</Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        {translate(formats)}
      </Typography>
      <Button label={multiple ? 'oc.files.chooseFiles' : 'oc.files.chooseFile'} variant="outlined" onClick={() => picker.current?.click()} />
      <input
        ref={picker}
        type="file"
        accept={accept}
        multiple={multiple}
        hidden
        onChange={(event) => {
          if (event.target.files?.length) onFiles([...event.target.files]);
          event.target.value = '';
        }}
      />
    </Box>
  );
};
