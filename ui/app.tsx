import { useEffect } from 'preact/hooks';
import type { AppContextValue } from './components/app-context';
import { AppContext } from './components/app-context';
import { CreatePanel } from './components/create-panel';
import { EditPanel } from './components/edit-panel';
import { ImportPanel } from './components/import-panel';
import { ExportPanel } from './components/export-panel';
import { ResizeHandle } from './components/resize-handle';
import { StatusLine } from './components/status-line';
import { TabBar, tabId, tabPanelId, TABS } from './components/tab-bar';
import type { TabId } from './state/create-app-state';

function TabContent({ tab }: { tab: TabId }) {
  if (tab === 'create') return <CreatePanel />;
  if (tab === 'import') return <ImportPanel />;
  if (tab === 'edit') return <EditPanel />;
  return <ExportPanel />;
}

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
            {/* Only the open tab is drawn: the tabs share row ids, and a hidden form would still be in the page. */}
            {tab.id === active && <TabContent tab={tab.id} />}
          </section>
        ))}
        <StatusLine id="general-status" status={state.generalStatus.value} />
      </main>
      <ResizeHandle />
    </AppContext.Provider>
  );
}
