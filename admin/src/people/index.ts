import PersonIcon from '@mui/icons-material/Person';
import { PersonCreate } from './PersonCreate';
import { PersonEdit } from './PersonEdit';
import { PersonList } from './PersonList';
import { PersonShow } from './PersonShow';

export default {
  list: PersonList,
  edit: PersonEdit,
  create: PersonCreate,
  show: PersonShow,
  icon: PersonIcon,
  recordRepresentation: 'displayName',
};
