/** A rights manager approves the work for publication; a refusal lists every precondition still unmet. */
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { ActionButton } from './ActionButton';

export const ApproveButton = () => <ActionButton action="approve" icon={<CheckCircleIcon />} />;
