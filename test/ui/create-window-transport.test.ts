import { describe, expect, it, vi } from 'vitest';
import { createWindowTransport } from '../../ui/channel/create-window-transport';
import type { MessageWindow } from '../../ui/channel/create-window-transport';

function createFakeWindow() {
  const listeners = new Set<(event: { data: unknown }) => void>();
  const postMessage = vi.fn();
  const target: MessageWindow = {
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
    parent: { postMessage },
  };
  return { target, postMessage, listeners, dispatch: (data: unknown) => listeners.forEach((listener) => listener({ data })) };
}

describe('window transport', () => {
  it('wraps outgoing messages the way Figma expects', () => {
    const fake = createFakeWindow();
    createWindowTransport(fake.target).post({ type: 'ui-ready' });
    expect(fake.postMessage).toHaveBeenCalledWith({ pluginMessage: { type: 'ui-ready' } }, '*');
  });

  it('hands on only the pluginMessage of Figma envelopes, and stops when asked', () => {
    const fake = createFakeWindow();
    const listener = vi.fn();
    const stop = createWindowTransport(fake.target).subscribe(listener);
    fake.dispatch({ pluginMessage: { type: 'selection-changed', maps: [] }, pluginId: '000' });
    fake.dispatch({ source: 'react-devtools', payload: 1 });
    fake.dispatch('text');
    expect(listener.mock.calls).toEqual([[{ type: 'selection-changed', maps: [] }]]);
    stop();
    expect(fake.listeners.size).toBe(0);
  });
});
