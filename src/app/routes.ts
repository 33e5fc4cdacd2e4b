/**
 * The views, each a route loaded on demand: its code (and, through its hooks, its data) is
 * fetched only when it is opened.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { DatasetId } from '../data/schemas/manifest';
import type { MessageKey } from '../i18n/i18n';
import type { ViewId } from '../state/view-state';

export interface RouteDefinition {
  /** Message key of the view's name. */
  label: MessageKey;
  component: LazyExoticComponent<ComponentType>;
}

/** Each view's code, as a function so the start-up can begin fetching the opening view early. */
export const ROUTE_LOADERS: Record<ViewId, () => Promise<{ default: ComponentType }>> = {
  overview: () => import('../features/overview/components/overview-view'),
  trade: () => import('../features/trade/components/trade-route'),
  investment: () => import('../features/investment/components/investment-route'),
  corridors: () => import('../features/corridors/components/corridors-route'),
  network: () => import('../features/network/components/network-route'),
  sources: () => import('../features/sources/components/sources-route'),
};

/**
 * The data files each view draws first (an embed's; the dashboard adds the filter bar's topics),
 * as its prerendered pages' data holds them (tests/e2e/first-chunks.spec.ts checks): a page drawn
 * afresh asks for them as soon as the manifest names the version, not once React has drawn the
 * view with the manifest (at ×1000 that was ~0.1 s later, before a 5 MB network.json).
 */
export const ROUTE_DATA: Record<ViewId, readonly DatasetId[]> = {
  overview: ['articles', 'entities', 'events', 'facts', 'quotes'],
  trade: ['articles', 'entities', 'events', 'facts'],
  investment: ['articles', 'entities', 'facts'],
  corridors: ['articles', 'entities', 'facts', 'quotes'],
  network: ['network'],
  sources: ['articles', 'entities', 'facts', 'topics'],
};

export const ROUTES: Record<ViewId, RouteDefinition> = {
  overview: { label: 'view.overview', component: lazy(ROUTE_LOADERS.overview) },
  trade: { label: 'view.trade', component: lazy(ROUTE_LOADERS.trade) },
  investment: { label: 'view.investment', component: lazy(ROUTE_LOADERS.investment) },
  corridors: { label: 'view.corridors', component: lazy(ROUTE_LOADERS.corridors) },
  network: { label: 'view.network', component: lazy(ROUTE_LOADERS.network) },
  sources: { label: 'view.sources', component: lazy(ROUTE_LOADERS.sources) },
};

export const SelectionPanel = lazy(() => import('../features/selection/components/selection-panel'));

/**
 * Views whose code is already here, as plain components. A prerendered page loads its view's
 * code before hydrating and draws it from here: a lazy component would suspend during
 * hydration and leave the page's HTML in place until it resolved.
 */
const preloaded = new Map<ViewId, ComponentType>();

export async function preloadRoute(view: ViewId): Promise<void> {
  preloaded.set(view, (await ROUTE_LOADERS[view]()).default);
}

export function routeComponent(view: ViewId): ComponentType {
  return preloaded.get(view) ?? ROUTES[view].component;
}
