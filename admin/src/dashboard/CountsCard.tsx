/** A titled list of counts, each row a link to the list it counts when there is one. */
import { Card, CardHeader, List, ListItemButton, ListItemText, ListItem } from '@mui/material';
import { Link } from 'react-router-dom';

export interface CountRow {
  key: string;
  label: string;
  count: number;
  to?: string;
}

export const CountsCard = ({ title, rows }: { title: string; rows: CountRow[] }) => (
  <Card sx={{ flex: 1, minWidth: 260 }}>
    <CardHeader title={title} />
    <List dense aria-label={title}>
      {rows.map((row) => {
        const text = <ListItemText primary={row.label} secondary={row.count} slotProps={{ secondary: { variant: 'h6' } }} />;
        return row.to ? (
          <ListItemButton key={row.key} component={Link} to={row.to}>
            {text}
          </ListItemButton>
        ) : (
          <ListItem key={row.key}>{text}</ListItem>
        );
      })}
    </List>
  </Card>
);
