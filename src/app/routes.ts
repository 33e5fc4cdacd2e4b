/**
 * The views, each a route loaded on demand: its code (and, through its hooks, its data) is
 * fetched only when it is opened.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MessageKey } from '../i18n/i18n';
import type { ViewId } from '../state/view-state';

export interface RouteDefinition {
  /** Message key of the view's name. */
  label: MessageKey;
  component: LazyExoticComponent<ComponentType>;
}

export const ROUTES: Record<ViewId, RouteDefinition> = {
  overview: { label: 'view.overview', component: lazy(() => import('../features/overview/components/overview-view')) },
  trade: { label: 'view.trade', component: lazy(() => import('../features/trade/components/trade-route')) },
  investment: { label: 'view.investment', component: lazy(() => import('../features/investment/components/investment-route')) },
  corridors: { label: 'view.corridors', component: lazy(() => import('../features/corridors/components/corridors-route')) },
  network: { label: 'view.network', component: lazy(() => import('../features/network/components/network-route')) },
  sources: { label: 'view.sources', component: lazy(() => import('../features/sources/components/sources-route')) },
};

export const SelectionPanel = lazy(() => import('../features/selection/components/selection-panel'));
