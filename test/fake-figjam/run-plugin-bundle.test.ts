import { describe, expect, it } from 'vitest';
import { createFakeFigma } from './index';
import { runPluginBundle } from './run-plugin-bundle';

const BUNDLE = `(function () {
  var sandbox = { window: typeof window, document: typeof document, fetchType: typeof require };
  figma.showUI(__html__, { width: 320, height: 200 });
  figma.ui.onmessage = function (message) {
    if (message.type !== 'create') return;
    figma.loadFontAsync({ family: 'Inter', style: 'Medium' }).then(function () {
      var sticky = figma.createSticky();
      sticky.text.characters = message.text;
      figma.ui.postMessage({ type: 'created', id: sticky.id, sandbox: sandbox });
    });
  };
})();`;

describe('runPluginBundle', () => {
  it('runs an IIFE bundle against the fake with only the sandbox globals', async () => {
    const fake = createFakeFigma();
    runPluginBundle(BUNDLE, fake, { html: '<p>panel</p>' });
    expect(fake.handles.ui.shown?.html).toBe('<p>panel</p>');
    const received: unknown[] = [];
    fake.handles.ui.onMessage((event) => received.push(event.data.pluginMessage));
    fake.handles.ui.postMessage({ pluginMessage: { type: 'create', text: 'Checkout is slow' } });
    await fake.handles.settleAsync();
    await fake.handles.settleAsync();
    const stickies = fake.figma.currentPage.findAllWithCriteria({ types: ['STICKY'] });
    expect(stickies.map((sticky) => sticky.text.characters)).toEqual(['Checkout is slow']);
    expect(received).toEqual([
      { type: 'created', id: stickies[0]?.id, sandbox: { window: 'undefined', document: 'undefined', fetchType: 'undefined' } },
    ]);
  });

  it('surfaces an unknown property write even from sloppy-mode bundle code', () => {
    const fake = createFakeFigma();
    expect(() => runPluginBundle('var s = figma.createSticky(); s.isWide = true;', fake)).toThrow('object is not extensible');
  });
});
