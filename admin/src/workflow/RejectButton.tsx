/** A rights manager sends the work back to draft, saying why. */
import UndoIcon from '@mui/icons-material/Undo';
import { CommentedActionButton } from './CommentedActionButton';

export const RejectButton = () => <CommentedActionButton action="reject" icon={<UndoIcon />} />;
