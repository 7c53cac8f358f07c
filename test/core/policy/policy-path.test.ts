import { describe, expect, it } from 'vitest';
import { policyFilePath } from '../../../src-main/electron/paths';

describe('where the agency policy file lives', () => {
  it('is a system-wide location on each OS', () => {
    expect(policyFilePath('linux', {})).toBe('/etc/alongside/policy.json');
    expect(policyFilePath('darwin', {})).toBe('/Library/Application Support/Alongside/policy.json');
    expect(policyFilePath('win32', { ProgramData: 'D:\\ProgramData' })).toBe(
      'D:\\ProgramData\\Alongside\\policy.json',
    );
  });

  it('falls back to the usual ProgramData folder on Windows', () => {
    expect(policyFilePath('win32', {})).toBe('C:\\ProgramData\\Alongside\\policy.json');
  });
});
