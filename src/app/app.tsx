/** The screen: header, filters/outline on the left, the canvas, details on the right. */
import { useState } from 'react';
import { DetailsPanel } from '../features/details/details-panel';
import { FilterPanel } from '../features/filters/filter-panel';
import { FocusBar } from '../features/focus/focus-bar';
import { LayoutSwitcher } from '../features/layout-switcher/layout-switcher';
import { Legend } from '../features/legend/legend';
import { NoticeList } from '../features/notices/notice-list';
import { OutlinePanel } from '../features/outline/outline-panel';
import { SearchBox } from '../features/search/search-box';
import { ThemeToggle } from '../features/theme-toggle/theme-toggle';
import { GraphCanvas } from '../graph-view/graph-canvas';
import { ZoomControls } from '../graph-view/zoom-controls';
import type { AppStore } from '../store/app-state';
import { StoreProvider } from '../store/store-context';
import { useTheme } from './use-theme';
import { useUrlSync } from './use-url-sync';

type LeftTab = 'filters' | 'outline';
type Drawer = 'left' | 'right' | null;

export function App({ store }: { store: AppStore }) {
  const [theme, setTheme] = useTheme();
  const [tab, setTab] = useState<LeftTab>('filters');
  const [drawer, setDrawer] = useState<Drawer>(null);
  useUrlSync(store);
  const toggleDrawer = (which: Exclude<Drawer, null>) => setDrawer((d) => (d === which ? null : which));

  return (
    <StoreProvider store={store}>
      <div className="app" data-drawer={drawer ?? 'none'}>
        <header className="app-header">
          <h1 className="brand">
            <img src="/favicon.svg" alt="" width="24" height="24" />
            Stack Atlas
          </h1>
          <SearchBox />
          <div className="header-tools">
            <LayoutSwitcher />
            <ThemeToggle theme={theme} onChange={setTheme} />
          </div>
          <div className="drawer-toggles">
            <button
              type="button"
              aria-expanded={drawer === 'left'}
              aria-controls="left-panel"
              onClick={() => toggleDrawer('left')}
            >
              Filters &amp; outline
            </button>
            <button
              type="button"
              aria-expanded={drawer === 'right'}
              aria-controls="right-panel"
              onClick={() => toggleDrawer('right')}
            >
              Details
            </button>
          </div>
        </header>
        <NoticeList />
        <main className="app-main">
          <aside id="left-panel" className="panel panel-left">
            <div className="tabs" role="tablist" aria-label="Left panel">
              {(['filters', 'outline'] as const).map((t) => (
                <button
                  key={t}
                  type="button"
                  role="tab"
                  id={`tab-${t}`}
                  aria-selected={tab === t}
                  aria-controls={`tabpanel-${t}`}
                  onClick={() => setTab(t)}
                >
                  {t === 'filters' ? 'Filters' : 'Outline'}
                </button>
              ))}
            </div>
            <div id={`tabpanel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} className="tabpanel">
              {tab === 'filters' ? <FilterPanel /> : <OutlinePanel />}
            </div>
          </aside>
          <section className="canvas-area" aria-label="Graph canvas">
            <GraphCanvas theme={theme}>
              <FocusBar />
              <ZoomControls />
              <Legend />
            </GraphCanvas>
          </section>
          <aside id="right-panel" className="panel panel-right">
            <DetailsPanel />
          </aside>
        </main>
      </div>
    </StoreProvider>
  );
}
