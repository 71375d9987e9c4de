/** How many jobs have failed across the queues; admins go from here to the Jobs page. */
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Button, Card, CardContent, CardHeader, Typography } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { permits } from '../permissions';

export const FailedJobsCard = ({ failed }: { failed: number }) => {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  return (
    <Card component="section" aria-label={translate('oc.dashboard.failedJobs')} sx={{ flex: 1, minWidth: 260 }}>
      <CardHeader title={translate('oc.dashboard.failedJobs')} />
      <CardContent>
        <Typography variant="h4" color={failed ? 'error' : 'success'} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          {failed ? <ErrorOutlineIcon fontSize="large" /> : <TaskAltIcon fontSize="large" />}
          {failed}
        </Typography>
        {permits(permissions, 'jobs:manage') && (
          <Button component={Link} to="/jobs" sx={{ mt: 1 }}>
            {translate('oc.dashboard.openJobs')}
          </Button>
        )}
      </CardContent>
    </Card>
  );
};
