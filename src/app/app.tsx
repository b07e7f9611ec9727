/** The screen: header, filters/outline on the left, the canvas, details on the right. */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { ErrorBoundary } from '../components/error-boundary';
import { Tabs } from '../components/tabs';

import { TraceBar } from '../features/paths/trace-bar';

import { FocusBar } from '../features/focus/focus-bar';
import { LayoutSwitcher } from '../features/layout-switcher/layout-switcher';
import { Legend } from '../features/legend/legend';
import { NoticeList } from '../features/notices/notice-list';
import { SearchBox } from '../features/search/search-box';
import { ThemeToggle } from '../features/theme-toggle/theme-toggle';
import { ExportMenu } from '../features/workspace/export-menu';
import type { Curriculum } from '../features/workspace/use-graph-import';
import { WorkspaceControls } from '../features/workspace/workspace-controls';
import { CanvasProvider } from '../graph-view/canvas-provider';
import { GraphCanvas } from '../graph-view/graph-canvas';
import { ZoomControls } from '../graph-view/zoom-controls';
import type { AppStore } from '../store/app-state';
import { StoreProvider } from '../store/store-context';
import { UpdateNotice } from './update-notice';
import { useTheme } from './use-theme';
import { useProgressStorage } from './progress-storage';
import { useUrlSync } from './use-url-sync';

// The side panels fill in after the canvas's first frame, and views that are not on screen at start
// load on first use: neither is in the first download, so the canvas is drawn sooner.
const FilterPanel = lazy(() => import('../features/filters/filter-panel').then((m) => ({ default: m.FilterPanel })));
const OutlinePanel = lazy(() => import('../features/outline/outline-panel').then((m) => ({ default: m.OutlinePanel })));
const DetailsPanel = lazy(() => import('../features/details/details-panel').then((m) => ({ default: m.DetailsPanel })));
const PathFinder = lazy(() => import('../features/paths/path-finder').then((m) => ({ default: m.PathFinder })));
const PlanPanel = lazy(() => import('../features/plan/plan-panel').then((m) => ({ default: m.PlanPanel })));
const ProgressPanel = lazy(() =>
  import('../features/progress/progress-panel').then((m) => ({ default: m.ProgressPanel })),
);
const CompareView = lazy(() => import('../features/compare/compare-view').then((m) => ({ default: m.CompareView })));
const Loading = () => <p className="empty-state loading">Loading…</p>;

type LeftTab = 'filters' | 'outline' | 'paths';
const LEFT_TABS = [
  { id: 'filters', label: 'Filters' },
  { id: 'outline', label: 'Outline' },
  { id: 'paths', label: 'Paths' },
] as const;
const RIGHT_TABS = [
  { id: 'explore', label: 'Details' },
  { id: 'plan', label: 'Plan' },
  { id: 'progress', label: 'Progress' },
] as const;
type RightTab = (typeof RIGHT_TABS)[number]['id'];
type Drawer = 'left' | 'right' | null;

interface AppProps {
  store: AppStore;
  /** The built-in graph, for "Back to the curriculum" (by default the one the store starts with). */
  curriculum?: Curriculum;
  /** Settles once the curriculum's descriptions and links are attached (see packed-graph.ts). */
  textLoaded?: Promise<unknown>;
}

export function App({ store, curriculum, textLoaded }: AppProps) {
  const [theme, setTheme] = useTheme();
  const [tab, setTab] = useState<LeftTab>('filters');
  const [drawer, setDrawer] = useState<Drawer>(null);
  useUrlSync(store);
  useProgressStorage(store);
  const toggleDrawer = (which: Exclude<Drawer, null>) => setDrawer((d) => (d === which ? null : which));
  const view = useStore(store, (s) => s.view);
  // The canvas draws first; the panels, the comparison and the exports, which show the graph's
  // text, fill in on the next frame once that text is there, so they never delay the canvas.
  const [framed, setFramed] = useState(false);
  const [textReady, setTextReady] = useState(!textLoaded);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setFramed(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  useEffect(() => {
    let live = true;
    void textLoaded?.finally(() => live && setTextReady(true));
    return () => {
      live = false;
    };
  }, [textLoaded]);
  const panelsReady = framed && textReady;
  const rightTab: RightTab = view === 'compare' ? 'explore' : view;

  return (
    <StoreProvider store={store}>
      <CanvasProvider>
        <div className="app" data-drawer={drawer ?? 'none'}>
          <header className="app-header">
            <h1 className="brand">
              <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width="24" height="24" />
              Stack Atlas
            </h1>
            <SearchBox />
            <div className="mode-switch" role="group" aria-label="Mode">
              <button
                type="button"
                aria-pressed={view !== 'compare'}
                onClick={() => view === 'compare' && store.getState().setView('explore')}
              >
                Explore
              </button>
              <button
                type="button"
                aria-pressed={view === 'compare'}
                onClick={() => store.getState().setView('compare')}
              >
                Compare clouds
              </button>
            </div>
            <div className="header-tools">
              <WorkspaceControls curriculum={curriculum} />
              <ExportMenu theme={theme} ready={panelsReady} />
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
          <NoticeList>
            <UpdateNotice />
          </NoticeList>
          <main className="app-main">
            <aside id="left-panel" className="panel panel-left" aria-label="Filters, outline and paths">
              <Tabs label="Explore tools" idPrefix="left" tabs={LEFT_TABS} current={tab} onChange={setTab} />
              <div id="left-panel-panel" role="tabpanel" aria-labelledby={`left-tab-${tab}`} className="tabpanel">
                <Suspense fallback={<Loading />}>
                  {!panelsReady ? null : tab === 'filters' ? (
                    <FilterPanel />
                  ) : tab === 'outline' ? (
                    <OutlinePanel />
                  ) : (
                    <PathFinder />
                  )}
                </Suspense>
              </div>
            </aside>
            <section className="canvas-area" aria-label="Graph canvas">
              {/* The canvas stays mounted under the comparison: one Cytoscape instance for the app's life. */}
              <ErrorBoundary name="The graph canvas">
                <GraphCanvas theme={theme}>
                  <FocusBar />
                  <TraceBar />
                  <ZoomControls />
                  <Legend />
                </GraphCanvas>
              </ErrorBoundary>
              {view === 'compare' && panelsReady && (
                <div className="compare-layer">
                  <ErrorBoundary name="The comparison">
                    <Suspense fallback={<Loading />}>
                      <CompareView />
                    </Suspense>
                  </ErrorBoundary>
                </div>
              )}
            </section>
            <aside id="right-panel" className="panel panel-right" aria-label="Details, plan and progress">
              <Tabs
                label="Item and learning"
                idPrefix="right"
                tabs={RIGHT_TABS}
                current={rightTab}
                onChange={(next) => store.getState().setView(next)}
              />
              <div id="right-panel-panel" role="tabpanel" aria-labelledby={`right-tab-${rightTab}`}>
                <ErrorBoundary name="This panel" key={rightTab}>
                  <Suspense fallback={<Loading />}>
                    {!panelsReady ? null : rightTab === 'explore' ? (
                      <DetailsPanel />
                    ) : rightTab === 'plan' ? (
                      <PlanPanel />
                    ) : (
                      <ProgressPanel />
                    )}
                  </Suspense>
                </ErrorBoundary>
              </div>
            </aside>
          </main>
        </div>
      </CanvasProvider>
    </StoreProvider>
  );
}
