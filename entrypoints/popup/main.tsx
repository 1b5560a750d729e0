import { render } from 'preact';
import { PopupApp } from '../../ui/popup/popup-app.tsx';
import { installTopicStyles } from '../../ui/shared/topic-style.ts';
import '../../ui/shared/controls.css';
import '../../ui/briefing-view.css';
import '../../ui/popup/popup.css';

installTopicStyles(document);
render(<PopupApp />, document.getElementById('app')!);
