/** The publications due today, by time, each a link to its work. */
import { Card, CardHeader, List, ListItemButton, ListItemText, Typography, CardContent } from '@mui/material';
import { Link } from 'react-router-dom';
import { useLocaleState, useTranslate } from 'react-admin';
import type { ScheduledPublication } from './dashboardSummary';

export const ScheduledTodayCard = ({ publications }: { publications: ScheduledPublication[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  const title = translate('oc.dashboard.scheduledToday');
  return (
    <Card sx={{ flex: 1, minWidth: 260 }}>
      <CardHeader title={title} />
      {publications.length ? (
        <List dense aria-label={title}>
          {publications.map((publication) => (
            <ListItemButton key={publication.id} component={Link} to={`/works/${publication.id}/show`}>
              <ListItemText primary={`${time.format(new Date(publication.publishAt))} ${publication.titleFr}`} secondary={publication.inventoryNumber} />
            </ListItemButton>
          ))}
        </List>
      ) : (
        <CardContent>
          <Typography color="text.secondary">{translate('oc.dashboard.nothingToday')}</Typography>
        </CardContent>
      )}
    </Card>
  );
};
