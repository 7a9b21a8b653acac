/* eslint-disable no-self-assign -- writing a member back to itself is how a test proves its setter refuses */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { FigJamApi, FigJamSceneNode, FigJamSticky } from '../../src/plugin/platform/figjam-api';
import { createFakeFigma } from './index';

type AssertAssignable<Target, Source extends Target> = Source;

/** Compile-time facts: each line fails to compile if the slice or the fake drifts from Figma's typings. */
export type RealStickyFits = AssertAssignable<FigJamSticky, StickyNode>;
export type RealSceneNodeFits = AssertAssignable<FigJamSceneNode, SceneNode>;
// @ts-expect-error a slice whose signature drifted from Figma's no longer accepts the real API
export type DriftedSliceIsCaught = AssertAssignable<FigJamApi & { createSticky(): TextNode }, PluginAPI>;

describe('types', () => {
  it('gives the fake the FigJamApi type that sandbox code takes', () => {
    const { figma } = createFakeFigma();
    expectTypeOf(figma).toMatchTypeOf<FigJamApi>();
    const takesApi = (api: FigJamApi): string => api.editorType;
    expect(takesApi(figma)).toBe('figjam');
  });

  it('refuses at compile time what Figma\'s types refuse', () => {
    const { figma } = createFakeFigma();
    const api: FigJamApi = figma;
    const sticky = api.createSticky();
    // @ts-expect-error currentPage is read-only in the slice (dynamic-page)
    expect(() => (api.currentPage = api.currentPage)).toThrow('dynamic-page');
    // @ts-expect-error there is no createStamp in Figma's API
    expect(() => api.createStamp()).toThrow("no such property 'createStamp'");
    // @ts-expect-error height is read-only
    expect(() => (sticky.height = 1)).toThrow('no setter for property');
    // @ts-expect-error id is read-only
    expect(() => (sticky.id = '1:1')).toThrow('no setter for property');
    // @ts-expect-error text sublayers cannot be replaced
    expect(() => (sticky.text = sticky.text)).toThrow('no setter for property');
    const found = api.currentPage.findAllWithCriteria({ types: ['STICKY'] });
    expectTypeOf(found[0]!.text.characters).toEqualTypeOf<string>();
  });
});
