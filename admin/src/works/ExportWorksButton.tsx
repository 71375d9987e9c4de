/**
 * Downloads the works the list's filters select, all of them, as the CSV the import reads (made by the API, streamed;
 * DESIGN.md §8). The file is fetched with the bearer token, then handed to the browser.
 */
import DownloadIcon from '@mui/icons-material/Download';
import { useMutation } from '@tanstack/react-query';
import { Button, useDataProvider, useListContext, useNotify } from 'react-admin';
import type { OcDataProvider } from '../api/dataProvider';
import { saveBlob } from '../common/saveBlob';

export const ExportWorksButton = () => {
  const dataProvider = useDataProvider<OcDataProvider>();
  const { filterValues, total } = useListContext();
  const notify = useNotify();
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.exportWorks(filterValues),
    onSuccess: (csv) => saveBlob(csv, `works-${new Date().toISOString().slice(0, 10)}.csv`),
    onError: (error) => notify(error.message, { type: 'error' }),
  });
  return (
    <Button label="ra.action.export" onClick={() => mutate()} disabled={isPending || !total}>
      <DownloadIcon />
    </Button>
  );
};
