/** A square with an image shown whole inside it, or a neutral placeholder while there is none. */
import ImageOutlinedIcon from '@mui/icons-material/ImageOutlined';
import { Box } from '@mui/material';

export const Thumbnail = ({ url, alt, size }: { url: string | undefined; alt: string; size: number }) => (
  <Box
    sx={{
      width: size,
      height: size,
      flexShrink: 0,
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      bgcolor: 'action.hover',
      borderRadius: 1,
      overflow: 'hidden',
    }}
  >
    {url ? (
      <img src={url} alt={alt} style={{ maxWidth: '100%', maxHeight: '100%', objectFit: 'contain' }} />
    ) : (
      <ImageOutlinedIcon color="disabled" titleAccess={alt} />
    )}
  </Box>
);
