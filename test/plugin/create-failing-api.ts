import type { FigJamApi } from '../../src/plugin/platform/figjam-api';

type Creator = 'createSticky' | 'createShapeWithText' | 'createSection' | 'createText' | 'createConnector';

export interface FailingApi {
  api: FigJamApi;
  /** How many times the creator was called, the failing call included. */
  calls(): number;
}

/**
 * The plugin API with one creator that throws `message` on its `failAt`-th call (1 = the first) and works before
 * it, for proving that a failure part-way leaves the board as it was.
 */
export function createFailingApi(figma: FigJamApi, creator: Creator, message: string, failAt = 1): FailingApi {
  let calls = 0;
  const api = new Proxy(figma, {
    get(target, property) {
      if (property === creator) {
        return () => {
          calls += 1;
          if (calls >= failAt) throw new Error(message);
          return target[creator]();
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { api, calls: () => calls };
}
