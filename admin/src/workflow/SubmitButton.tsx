/** A registrar hands the notice over for review. */
import SendIcon from '@mui/icons-material/Send';
import { ActionButton } from './ActionButton';

export const SubmitButton = () => <ActionButton action="submit" icon={<SendIcon />} />;
