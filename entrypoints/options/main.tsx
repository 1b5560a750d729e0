import { render } from 'preact';
import { OptionsApp } from '../../ui/options/options-app.tsx';

render(<OptionsApp />, document.getElementById('app')!);
