import { render } from 'preact';
import { OptionsApp } from '../../ui/options/options-app.tsx';
import { installTopicStyles } from '../../ui/shared/topic-style.ts';
import '../../ui/shared/controls.css';
import '../../ui/options/options.css';

installTopicStyles(document);
render(<OptionsApp />, document.getElementById('app')!);
