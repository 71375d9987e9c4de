/** The home page's figures (`GET /api/dashboard`), read again every half minute while the page is open. */
import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { OcDataProvider } from '../api/dataProvider';

const REFRESH_MS = 30_000;

export function useDashboard() {
  const dataProvider = useDataProvider<OcDataProvider>();
  return useQuery({ queryKey: ['dashboard'], queryFn: () => dataProvider.getDashboard(), refetchInterval: REFRESH_MS });
}
