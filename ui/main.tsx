import { render } from 'preact';

render(<p>Journey Lanes</p>, document.getElementById('app')!);
