/** A dialog listing what a bulk action did to each item: an icon, the item's title, and its outcome or the refusal. */
import { Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemIcon, ListItemText } from '@mui/material';
import type { ReactNode } from 'react';
import { Button } from 'react-admin';

export interface ResultRow {
  id: string;
  title: string;
  icon: ReactNode;
  detail: string;
}

export const ResultsDialog = ({ open, title, listLabel, rows, onClose }: { open: boolean; title: string; listLabel?: string; rows: ResultRow[]; onClose: () => void }) => (
  <Dialog open={open} onClose={onClose} fullWidth maxWidth="md">
    <DialogTitle>{title}</DialogTitle>
    <DialogContent>
      <List dense aria-label={listLabel}>
        {rows.map((row) => (
          <ListItem key={row.id}>
            <ListItemIcon>{row.icon}</ListItemIcon>
            <ListItemText primary={row.title} secondary={row.detail} />
          </ListItem>
        ))}
      </List>
    </DialogContent>
    <DialogActions>
      <Button label="ra.action.close" onClick={onClose} />
    </DialogActions>
  </Dialog>
);
