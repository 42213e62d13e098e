/** The renderer's entry: opens the start document, mounts the app, then connects it to its platform. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/theme.css';
import './styles/app.css';
import './styles/canvas.css';
import './styles/opNode.css';
import './styles/panels.css';
import './styles/forms.css';
import './styles/palette.css';
import './styles/properties.css';
import './styles/scopes.css';
import './styles/quickAdd.css';
import './styles/help.css';
import './styles/documents.css';
import './styles/gallery.css';
import './styles/training.css';
import './styles/session.css';
import { App } from './app/App.tsx';
import { exposeDebugHandle } from './app/debugHandle.ts';
import { openStartDocument } from './app/openStartDocument.ts';
import { startDocuments } from './documents/startDocuments.ts';

exposeDebugHandle(window.location.search);
// The first document is open before the first render, so the canvas never flashes empty.
void openStartDocument(window.location.search).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // After the first render: a draft left by a crash is offered back over the start document.
  void startDocuments();
});
