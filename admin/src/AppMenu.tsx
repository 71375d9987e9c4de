/** The side menu: the dashboard, the resources, then the review queue (for those who review) and the publication calendar. */
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { Menu, usePermissions } from 'react-admin';
import { permits } from './permissions';

export const AppMenu = () => {
  const { permissions } = usePermissions();
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      {permits(permissions, 'workflow:review') && <Menu.Item to="/review" primaryText="oc.review.menu" leftIcon={<RateReviewIcon />} />}
      <Menu.Item to="/calendar" primaryText="oc.calendar.menu" leftIcon={<CalendarMonthIcon />} />
    </Menu>
  );
};
