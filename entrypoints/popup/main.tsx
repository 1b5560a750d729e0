import { render } from 'preact';
import { PopupApp } from '../../ui/popup/popup-app.tsx';

render(<PopupApp />, document.getElementById('app')!);
