import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppRoot } from '../../src-renderer/src/App';
import { createQueryClient } from '../../src-renderer/src/query-client';
import { FakeCore, type FakeCoreOptions } from './fake-bridge';

export function renderApp(options: FakeCoreOptions = {}) {
  const core = new FakeCore(options);
  window.alongside = core;
  const queryClient = createQueryClient();
  const user = userEvent.setup();
  const view = render(<AppRoot queryClient={queryClient} />);
  return { core, user, queryClient, ...view };
}
