import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layering rules of ARCHITECTURE.md are lint rules; these cases prove the rules fire, so a
 * config change that silently disabled them would fail here.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportErrors(code: string, filePath: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter(
    (m) => m.ruleId === '@typescript-eslint/no-restricted-imports',
  ).length;
}

describe('layering lint rules', () => {
  it('fail on electron imported under core or contract', async () => {
    const code = "import { app } from 'electron';\nexport const a = app;\n";
    expect(await restrictedImportErrors(code, 'src-main/core/vault/bad.ts')).toBe(1);
    expect(await restrictedImportErrors(code, 'src-main/contract/bad.ts')).toBe(1);
    expect(
      await restrictedImportErrors(
        "import type { App } from 'electron';\nexport type A = App;\n",
        'src-main/core/bad.ts',
      ),
    ).toBe(1);
    expect(await restrictedImportErrors(code, 'src-main/electron/fine.ts')).toBe(0);
  });

  it('fail on the renderer importing src-main beyond type-only contract', async () => {
    const file = 'src-renderer/src/features/bad.ts';
    expect(
      await restrictedImportErrors(
        "import { channels } from '../../../src-main/contract';\nexport const c = channels;\n",
        file,
      ),
    ).toBe(1);
    expect(
      await restrictedImportErrors(
        "import { createCore } from '../../../src-main/core/app';\nexport const c = createCore;\n",
        file,
      ),
    ).toBe(1);
    expect(
      await restrictedImportErrors(
        "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n",
        file,
      ),
    ).toBe(1);
    expect(
      await restrictedImportErrors(
        "import type { Channel } from '../../../src-main/contract';\nexport type C = Channel;\n",
        file,
      ),
    ).toBe(0);
  });
});
