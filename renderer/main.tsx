/** The renderer's entry: opens the start document, then mounts the app. */
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
import { App } from './app/App.tsx';
import { openStartDocument } from './app/openStartDocument.ts';

// The first document is open before the first render, so the canvas never flashes empty.
void openStartDocument(window.location.search).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
