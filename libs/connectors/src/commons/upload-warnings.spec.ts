import { decideOnUploadWarnings } from './upload-warnings';

describe('decideOnUploadWarnings', () => {
  it.each([
    ['same bytes under another name', { duplicate: ['Other_name.jpg'] }, null, { action: 'adopt', filename: 'Other name.jpg' }],
    ['name taken by other bytes that also exist elsewhere', { exists: 'A.jpg', duplicate: ['B.jpg'] }, null, { action: 'adopt', filename: 'B.jpg' }],
    ['same name, same bytes', { exists: 'A.jpg', nochange: true }, null, { action: 'adopt', filename: 'A.jpg' }],
    ['name taken by someone else', { exists: 'A.jpg' }, null, { action: 'rename' }],
    ['name taken by our own file', { exists: 'A.jpg' }, 'File:A.jpg', { action: 'overwrite-own' }],
    ['a deleted file of that name', { 'was-deleted': 'A.jpg' }, null, { action: 'rename' }],
    ['identical content deleted before', { 'duplicate-archive': 'Old.jpg' }, null, { action: 'fail' }],
    ['a bad file type', { 'filetype-unwanted-type': 'exe' }, null, { action: 'fail' }],
    ['an unknown warning', { 'something-new': 1 }, null, { action: 'fail' }],
    ['our name plus an unknown warning', { exists: 'A.jpg', 'large-file': 1 }, 'File:A.jpg', { action: 'fail' }],
  ])('%s', (_case, warnings, own, expected) => {
    expect(decideOnUploadWarnings(warnings, 'A.jpg', own)).toMatchObject(expected);
  });
});
