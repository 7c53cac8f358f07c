import { describe, expect, it } from 'vitest';
import { policyFilePath } from '../../../src-main/electron/paths';

describe('where the agency policy file lives', () => {
  it('is a system-wide location on each OS', () => {
    expect(policyFilePath('linux')).toBe('/etc/alongside/policy.json');
    expect(policyFilePath('darwin')).toBe('/Library/Application Support/Alongside/policy.json');
    expect(policyFilePath('win32')).toBe('C:\\ProgramData\\Alongside\\policy.json');
  });

  it('ignores a ProgramData variable a worker could point at a file of their own', () => {
    const saved = { ProgramData: process.env.ProgramData, PROGRAMDATA: process.env.PROGRAMDATA };
    process.env.ProgramData = 'D:\\Users\\worker\\fake';
    process.env.PROGRAMDATA = 'D:\\Users\\worker\\fake';
    try {
      expect(policyFilePath('win32')).toBe('C:\\ProgramData\\Alongside\\policy.json');
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});
