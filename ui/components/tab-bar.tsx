import type { TabId } from '../state/create-app-state';
import { useApp } from './app-context';

export const TABS: ReadonlyArray<{ id: TabId; label: string }> = [
  { id: 'create', label: 'Create' },
  { id: 'import', label: 'Import' },
  { id: 'edit', label: 'Edit' },
  { id: 'export', label: 'Export' },
];

export function tabId(tab: TabId): string {
  return `tab-${tab}`;
}

export function tabPanelId(tab: TabId): string {
  return `panel-${tab}`;
}

function nextTab(current: TabId, key: string): TabId | null {
  const index = TABS.findIndex((tab) => tab.id === current);
  if (key === 'ArrowRight') return TABS[(index + 1) % TABS.length]!.id;
  if (key === 'ArrowLeft') return TABS[(index - 1 + TABS.length) % TABS.length]!.id;
  if (key === 'Home') return TABS[0]!.id;
  if (key === 'End') return TABS[TABS.length - 1]!.id;
  return null;
}

/** A tablist with one tab stop: arrow keys, Home and End move between tabs and select them. */
export function TabBar() {
  const { state, actions } = useApp();
  const active = state.activeTab.value;
  const onKeyDown = (event: KeyboardEvent) => {
    const target = nextTab(active, event.key);
    if (target === null) return;
    event.preventDefault();
    actions.selectTab(target);
    document.getElementById(tabId(target))?.focus();
  };
  return (
    <div class="tab-bar" role="tablist" aria-label="Journey Lanes" onKeyDown={onKeyDown}>
      {TABS.map((tab) => (
        <button
          key={tab.id}
          id={tabId(tab.id)}
          type="button"
          role="tab"
          class="tab"
          aria-selected={tab.id === active}
          aria-controls={tabPanelId(tab.id)}
          tabIndex={tab.id === active ? 0 : -1}
          onClick={() => actions.selectTab(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
