/** The calculator's advice on one work, as of today (`GET /api/works/:id/rights-assessment`). */
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, type Identifier } from 'react-admin';
import type { OcDataProvider } from '../api/dataProvider';

export function useRightsAssessment(workId: Identifier | undefined) {
  const dataProvider = useDataProvider<OcDataProvider>();
  return useQuery({
    queryKey: ['works', 'rightsAssessment', workId],
    queryFn: () => dataProvider.getRightsAssessment(workId as Identifier),
    enabled: workId !== undefined,
  });
}
