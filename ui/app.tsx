import { useEffect } from 'preact/hooks';
import type { AppContextValue } from './components/app-context';
import { AppContext } from './components/app-context';
import { CreatePanel } from './components/create-panel';
import { ExportPanel } from './components/export-panel';
import { StatusLine } from './components/status-line';
import { TabBar, tabId, tabPanelId, TABS } from './components/tab-bar';

export function App({ state, actions }: AppContextValue) {
  const active = state.activeTab.value;
  useEffect(() => {
    document.documentElement.dataset.ready = state.plugin.value === null ? 'false' : 'true';
  }, [state.plugin.value]);
  return (
    <AppContext.Provider value={{ state, actions }}>
      <main class="app">
        <h1 class="visually-hidden">Journey Lanes</h1>
        <TabBar />
        {TABS.map((tab) => (
          <section
            key={tab.id}
            id={tabPanelId(tab.id)}
            class="tab-panel"
            role="tabpanel"
            aria-labelledby={tabId(tab.id)}
            hidden={tab.id !== active}
          >
            {tab.id === 'create' ? <CreatePanel /> : <ExportPanel />}
          </section>
        ))}
        <StatusLine id="general-status" status={state.generalStatus.value} />
      </main>
    </AppContext.Provider>
  );
}
