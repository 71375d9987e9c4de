/** A rights manager takes a published work offline, saying why. */
import UnpublishedIcon from '@mui/icons-material/Unpublished';
import { CommentedActionButton } from './CommentedActionButton';

export const WithdrawButton = () => <CommentedActionButton action="withdraw" icon={<UnpublishedIcon />} />;
