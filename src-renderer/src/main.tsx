import './csp-compat';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRoot } from './App';
import { createQueryClient } from './query-client';
import './styles/index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

createRoot(container).render(
  <StrictMode>
    <AppRoot queryClient={createQueryClient()} />
  </StrictMode>,
);
