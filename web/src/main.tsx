import { render } from 'preact';
import { App } from './app.tsx';
import { interceptLinkClicks } from './flow/router.ts';

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  interceptLinkClicks(root);
  render(<App />, root);
}
