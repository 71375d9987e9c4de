import PublishIcon from '@mui/icons-material/Publish';
import { PublicationList } from './PublicationList';

export default { list: PublicationList, icon: PublishIcon };
