import EngineeringIcon from '@mui/icons-material/Engineering';
import { JobsPage } from './JobsPage';

export default { list: JobsPage, icon: EngineeringIcon };
