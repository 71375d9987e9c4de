import MuseumIcon from '@mui/icons-material/Museum';
import type { Museum } from '@oc/domain';
import { MuseumCreate } from './MuseumCreate';
import { MuseumEdit } from './MuseumEdit';
import { MuseumList } from './MuseumList';

export default {
  list: MuseumList,
  edit: MuseumEdit,
  create: MuseumCreate,
  icon: MuseumIcon,
  recordRepresentation: (museum: Museum) => museum.name.fr ?? museum.code,
};
