import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AppState } from '../state/create-app-state';
import type { AppActions } from '../state/create-app-actions';

export interface AppContextValue {
  state: AppState;
  actions: AppActions;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (value === null) throw new Error('useApp needs an AppContext provider');
  return value;
}
