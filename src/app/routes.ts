/**
 * The views, each a route loaded on demand: its code (and, through its hooks, its data) is
 * fetched only when it is opened.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ViewId } from '../state/view-state';

export interface RouteDefinition {
  label: string;
  component: LazyExoticComponent<ComponentType>;
}

export const ROUTES: Record<ViewId, RouteDefinition> = {
  overview: { label: 'Overview', component: lazy(() => import('../features/overview/components/overview-view')) },
  trade: { label: 'Trade', component: lazy(() => import('../features/trade/components/trade-route')) },
  investment: { label: 'Investment', component: lazy(() => import('../features/investment/components/investment-route')) },
  corridors: { label: 'Corridors map', component: lazy(() => import('../features/corridors/components/corridors-route')) },
  network: { label: 'Network', component: lazy(() => import('../features/network/components/network-route')) },
  sources: { label: 'Sources', component: lazy(() => import('../features/sources/components/sources-route')) },
};

export const SelectionPanel = lazy(() => import('../features/selection/components/selection-panel'));
