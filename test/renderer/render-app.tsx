import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppRoot } from '../../src-renderer/src/App';
import { createQueryClient } from '../../src-renderer/src/query-client';
import { FakeCore, type FakeCoreOptions } from './fake-bridge';
import type { FakeRecord } from './fake-record';

export interface RenderOptions extends FakeCoreOptions {
  /** Fills the record before the first screen asks for it. */
  seed?: (record: FakeRecord) => void;
}

export function renderApp({ seed, ...options }: RenderOptions = {}) {
  const core = new FakeCore(options);
  seed?.(core.record);
  window.alongside = core;
  const queryClient = createQueryClient();
  const user = userEvent.setup();
  const view = render(<AppRoot queryClient={queryClient} />);
  return { core, user, queryClient, ...view };
}
