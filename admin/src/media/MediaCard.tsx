/**
 * One image of a work: its thumbnail once rendered, its processing status and error, its facts, its caption and
 * credit, and what can be done to it (make primary, deep zoom when it has tiles, delete).
 */
import StarIcon from '@mui/icons-material/Star';
import { Alert, Card, CardActions, CardContent, Chip, Stack, Typography } from '@mui/material';
import { ResourceContextProvider, useLocaleState, useTranslate } from 'react-admin';
import { DeepZoomButton } from './DeepZoomButton';
import { DeleteImageButton } from './DeleteImageButton';
import { MakePrimaryButton } from './MakePrimaryButton';
import { MediaStatusChip } from './MediaStatusChip';
import { MediaTextsForm } from './MediaTextsForm';
import type { MediaRecord } from './mediaRecord';
import { Thumbnail } from './Thumbnail';
import { useDerivativeUrl } from './useDerivativeUrl';

const MEGABYTE = 1024 ** 2;

export const MediaCard = ({ image }: { image: MediaRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const url = useDerivativeUrl(image.status === 'ready' ? image.id : null, 'thumb', image.updatedAt);
  const size = image.width && image.height ? `${image.width} × ${image.height} px · ` : '';
  return (
    <Card variant="outlined" sx={{ width: 340, display: 'flex', flexDirection: 'column' }} aria-label={image.caption ?? translate('oc.media.image')}>
      <CardContent sx={{ flexGrow: 1 }}>
        <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
          <MediaStatusChip status={image.status} />
          {image.isPrimary && <Chip size="small" color="primary" icon={<StarIcon />} label={translate('oc.media.primaryImage')} />}
        </Stack>
        <Thumbnail url={url} alt={image.caption ?? translate('oc.media.image')} size={308} />
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          {`${size}${image.mime} · ${translate('oc.media.megabytes', { value: (image.bytes / MEGABYTE).toLocaleString(locale, { maximumFractionDigits: 1 }) })}`}
        </Typography>
        {image.status === 'failed' && image.error && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {image.error}
          </Alert>
        )}
        <ResourceContextProvider value="media">
          <MediaTextsForm image={image} />
        </ResourceContextProvider>
      </CardContent>
      <CardActions disableSpacing sx={{ flexWrap: 'wrap', gap: 1 }}>
        {!image.isPrimary && <MakePrimaryButton image={image} />}
        {image.derivatives.tiles && <DeepZoomButton image={image} />}
        <DeleteImageButton image={image} />
      </CardActions>
    </Card>
  );
};
