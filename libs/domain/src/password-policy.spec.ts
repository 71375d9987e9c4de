import { passwordProblems } from './password-policy';

describe('passwordProblems', () => {
  it.each([
    ['Short1!', ['must be at least 12 characters long']],
    ['alllowercaseletters', ['must mix at least three of: lower case, upper case, digits, symbols (or be 20 characters or more)']],
    ['a long passphrase of many words', []],
    ['Correct-Horse-9', []],
    ['aaaaaaaaaaaaaaaaaaaaaa', ['must not repeat the same few characters']],
  ])('%s', (password, expected) => {
    expect(passwordProblems(password)).toEqual(expected);
  });

  it('refuses the email or the name inside the password', () => {
    expect(passwordProblems('Registrar-2026!x', { email: 'registrar@example.org' })).toEqual(['must not contain your email or name']);
    expect(passwordProblems('Monet-Claude-26!', { displayName: 'Claude Monet' })).toEqual(['must not contain your email or name']);
  });
});
