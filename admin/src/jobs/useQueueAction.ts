/** Runs one admin action on a queue or a job, then says so and reloads the counts and the list. */
import { useMutation } from '@tanstack/react-query';
import { useNotify, useRefresh } from 'react-admin';

export function useQueueAction<Input>(action: (input: Input) => Promise<unknown>, done: string) {
  const notify = useNotify();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: action,
    onSuccess: () => {
      notify(done, { type: 'success' });
      refresh();
    },
    onError: (error) => notify(error.message, { type: 'error' }),
  });
}
