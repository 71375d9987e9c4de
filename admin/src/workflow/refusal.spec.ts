import { HttpError } from 'react-admin';
import { readRefusal } from './refusal';

describe('readRefusal', () => {
  it('keeps the API’s sentence and every unmet approval precondition', () => {
    const problems = [
      { code: 'no_primary_image', field: 'media', fr: 'Aucune image principale.', en: 'No primary image.' },
      { code: 'licence_missing', field: 'rights.licence', fr: 'Licence non décidée.', en: 'Licence not decided.' },
    ];
    const error = new HttpError('This work cannot be approved yet: No primary image. Licence not decided.', 409, { problems, allowedActions: ['approve', 'reject'] });
    expect(readRefusal(error)).toEqual({ message: 'This work cannot be approved yet: No primary image. Licence not decided.', problems });
  });

  it('reads a refusal without problems (role, four-eyes, state) as its sentence alone', () => {
    const error = new HttpError('You submitted this work for review: another rights manager must approve it (four-eyes rule)', 403, {});
    expect(readRefusal(error)).toEqual({ message: 'You submitted this work for review: another rights manager must approve it (four-eyes rule)', problems: [] });
  });

  it('falls back to react-admin’s generic message when the server said nothing usable', () => {
    expect(readRefusal(new TypeError(''))).toEqual({ message: 'ra.notification.http_error', problems: [] });
    expect(readRefusal(undefined)).toEqual({ message: 'ra.notification.http_error', problems: [] });
  });
});
