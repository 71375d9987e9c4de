import PaletteIcon from '@mui/icons-material/Palette';
import type { Work } from '@oc/domain';
import { WorkCreate } from './WorkCreate';
import { WorkEdit } from './WorkEdit';
import { WorkList } from './WorkList';
import { WorkShow } from './WorkShow';

export default {
  list: WorkList,
  edit: WorkEdit,
  create: WorkCreate,
  show: WorkShow,
  icon: PaletteIcon,
  recordRepresentation: (work: Work) => (work.title?.fr ? `${work.title.fr} (${work.inventoryNumber})` : work.inventoryNumber),
};
