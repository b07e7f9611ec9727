/** The screen: header, filters/outline on the left, the canvas, details on the right. */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { ErrorBoundary } from '../components/error-boundary';

import { TraceBar } from '../features/paths/trace-bar';

import { FocusBar } from '../features/focus/focus-bar';
import { LayoutSwitcher } from '../features/layout-switcher/layout-switcher';
import { Legend } from '../features/legend/legend';
import { NoticeList } from '../features/notices/notice-list';
import { SearchBox } from '../features/search/search-box';
import { ShareLink } from '../features/share/share-link';
import { KeyboardShortcuts } from '../features/shortcuts/keyboard-shortcuts';
import { ThemeToggle } from '../features/theme-toggle/theme-toggle';
import { ExportMenu } from '../features/workspace/export-menu';
import type { Curriculum } from '../features/workspace/use-graph-import';
import { WorkspaceControls } from '../features/workspace/workspace-controls';
import { CanvasProvider } from '../graph-view/canvas-provider';
import { GraphCanvas } from '../graph-view/graph-canvas';
import { ZoomControls } from '../graph-view/zoom-controls';
import type { AppStore } from '../store/app-state';
import { StoreProvider } from '../store/store-context';
import { DRAWER_NAMES, SidePanel } from './side-panel';
import { UpdateNotice } from './update-notice';
import { useDrawer, type Drawer } from './use-drawer';
import { useHeaderMenu } from './use-header-menu';
import { useTheme } from './use-theme';
import { useProgressStorage } from './use-progress-storage';
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
  const { drawer, toggle: toggleDrawer, close: closeDrawer } = useDrawer();
  const {
    isOpen: menuOpen,
    toggle: toggleMenu,
    close: closeMenu,
    button: menuButton,
    panel: menuPanel,
  } = useHeaderMenu();
  useUrlSync(store);
  useProgressStorage(store);
  const view = useStore(store, (s) => s.view);
  const comparing = view === 'compare';
  // Focus goes into a drawer when it opens (to its close button) and back to its toggle when it closes.
  const lastDrawer = useRef<Drawer | null>(null);
  useEffect(() => {
    const previous = lastDrawer.current;
    lastDrawer.current = drawer;
    if (drawer) document.querySelector<HTMLElement>(`#${drawer}-panel .drawer-close`)?.focus();
    else if (previous && (document.activeElement === document.body || !document.activeElement))
      document.querySelector<HTMLElement>(`.drawer-toggles [aria-controls="${previous}-panel"]`)?.focus();
  }, [drawer]);
  // The comparison has no use for the explorer's filters: its drawer closes when Compare opens.
  useEffect(() => {
    if (comparing && drawer === 'left') closeDrawer();
  }, [comparing, drawer, closeDrawer]);
  const setMode = (next: 'explore' | 'compare') => {
    closeMenu();
    if ((next === 'compare') !== comparing) store.getState().setView(next);
  };
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
        <div className="app" data-drawer={drawer ?? 'none'} data-mode={comparing ? 'compare' : 'explore'}>
          <header className="app-header">
            <h1 className="brand">
              <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width="24" height="24" />
              <span className="brand-name">Stack Atlas</span>
            </h1>
            <SearchBox />
            {/* On a phone the header keeps the search; everything else is behind this button. */}
            <button
              ref={menuButton}
              type="button"
              className="menu-button"
              aria-expanded={menuOpen}
              aria-controls="header-tools"
              onClick={toggleMenu}
            >
              <span aria-hidden="true">☰</span> Menu
            </button>
            <div ref={menuPanel} id="header-tools" className="header-tools" data-open={menuOpen}>
              <div className="mode-switch" role="group" aria-label="Mode">
                <button type="button" aria-pressed={!comparing} onClick={() => setMode('explore')}>
                  Explore
                </button>
                <button type="button" aria-pressed={comparing} onClick={() => setMode('compare')}>
                  Compare clouds
                </button>
              </div>
              <ShareLink />
              <KeyboardShortcuts />
              <WorkspaceControls curriculum={curriculum} />
              <ExportMenu theme={theme} ready={panelsReady} />
              <LayoutSwitcher />
              <ThemeToggle theme={theme} onChange={setTheme} />
            </div>
          </header>
          <NoticeList>
            <UpdateNotice />
          </NoticeList>
          <main className="app-main">
            {drawer && <div className="drawer-backdrop" aria-hidden="true" onClick={closeDrawer} />}
            {/* Compare has its own filters; the explorer's would act on a canvas that is not on screen. */}
            {!comparing && (
              <SidePanel
                side="left"
                label="Filters, outline and paths"
                tabs={{ label: 'Explore tools', tabs: LEFT_TABS, current: tab, onChange: setTab }}
                onClose={closeDrawer}
                className="tabpanel"
              >
                <Suspense fallback={<Loading />}>
                  {!panelsReady ? null : tab === 'filters' ? (
                    <FilterPanel />
                  ) : tab === 'outline' ? (
                    <OutlinePanel />
                  ) : (
                    <PathFinder />
                  )}
                </Suspense>
              </SidePanel>
            )}
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
              {comparing && panelsReady && (
                <div className="compare-layer">
                  <ErrorBoundary name="The comparison">
                    <Suspense fallback={<Loading />}>
                      <CompareView />
                    </Suspense>
                  </ErrorBoundary>
                </div>
              )}
            </section>
            <SidePanel
              side="right"
              label="Details, plan and progress"
              tabs={{
                label: 'Item and learning',
                tabs: RIGHT_TABS,
                current: rightTab,
                onChange: (next) => store.getState().setView(next),
              }}
              onClose={closeDrawer}
            >
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
            </SidePanel>
          </main>
          <nav className="drawer-toggles" aria-label="Panels">
            {(['left', 'right'] as const)
              .filter((which) => which === 'right' || !comparing)
              .map((which) => (
                <button
                  key={which}
                  type="button"
                  aria-expanded={drawer === which}
                  aria-controls={`${which}-panel`}
                  onClick={() => toggleDrawer(which)}
                >
                  {DRAWER_NAMES[which]}
                </button>
              ))}
          </nav>
        </div>
      </CanvasProvider>
    </StoreProvider>
  );
}
