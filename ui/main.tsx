import { render } from 'preact';
import { USER_MESSAGES } from '../src/core/shared/user-messages';
import { App } from './app';
import { createWindowTransport } from './channel/create-window-transport';
import { createRequestChannel } from './channel/request-channel';
import { createBrowserEnvironments } from './io/create-browser-environments';
import { createAppActions } from './state/create-app-actions';
import { createAppState } from './state/create-app-state';
import { applySandboxEvent } from './state/apply-sandbox-event';
import './styles.css';

const state = createAppState();
const channel = createRequestChannel({
  transport: createWindowTransport(window),
  timers: {
    setTimeout: (callback, milliseconds) => window.setTimeout(callback, milliseconds),
    clearTimeout: (handle) => window.clearTimeout(handle as number),
  },
  log: (message, detail) => console.warn(message, detail),
});
const actions = createAppActions(state, channel, createBrowserEnvironments(window));
channel.onEvent((message) => applySandboxEvent(state, message));

// The net under everything: a failure anywhere shows one plain sentence instead of a dead panel.
window.addEventListener('error', (event) => {
  console.error(event.error);
  state.generalStatus.value = { tone: 'error', text: USER_MESSAGES.unexpected };
});
window.addEventListener('unhandledrejection', (event) => {
  console.error(event.reason);
  state.generalStatus.value = { tone: 'error', text: USER_MESSAGES.unexpected };
});

render(<App state={state} actions={actions} />, document.getElementById('app')!);
channel.send({ type: 'ui-ready' });
