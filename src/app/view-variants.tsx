/**
 * A view drawn once per reference width while it is prerendered and hydrated (see
 * render-phase.ts), once at the box's own width when live. The widths reach the charts through
 * ReferenceWidthContext (their size hooks start from it before measuring).
 */
import { Suspense, use, useEffect, type ReactNode } from 'react';
import { LoadingMessage } from '../components/data-state';
import { ReferenceWidthContext } from '../hooks/use-element-width';
import { hydratingVariant, markHydrated, REFERENCE_WIDTHS, useRenderPhase, type WidthVariant } from '../lib/render-phase';

const VARIANTS: WidthVariant[] = ['narrow', 'wide'];

/** Never settles: keeps the variant the browser does not show as the server's HTML, untouched. */
const never = new Promise<never>(() => {});
function Dehydrated(): never {
  return use(never);
}

/**
 * Rendered inside the live view: its effect runs once that view has hydrated. The page goes live
 * (the other variant dropped, the URL's settings applied) in a task of its own: in the task that
 * commits the view's hydration it would make one long task on a phone.
 */
function HydratedSignal() {
  useEffect(() => {
    const timer = setTimeout(markHydrated, 0);
    return () => clearTimeout(timer);
  }, []);
  return null;
}

export function ViewVariants({
  isWidthDependent,
  loadingLabel,
  children,
}: {
  /** Views that draw at their box's width; the others are drawn once. */
  isWidthDependent: boolean;
  loadingLabel: string;
  children: ReactNode;
}) {
  const phase = useRenderPhase();
  const live = hydratingVariant();
  // A view drawn once keeps one key in every phase, so its hydration matches the server's.
  const variants = !isWidthDependent ? (['wide'] as const) : phase === 'live' ? [live] : VARIANTS;
  const isShown = (variant: WidthVariant) => !isWidthDependent || variant === live;
  return (
    <div className="view-variants" data-live={phase === 'live' || !isWidthDependent ? '' : undefined}>
      {variants.map((variant) => (
        <div key={variant} className={`view-variant view-variant--${variant}`}>
          <ReferenceWidthContext value={REFERENCE_WIDTHS[variant]}>
            <Suspense fallback={<LoadingMessage what={loadingLabel} />}>
              {phase === 'hydrate' && !isShown(variant) ? <Dehydrated /> : children}
              {phase === 'hydrate' && isShown(variant) && <HydratedSignal />}
            </Suspense>
          </ReferenceWidthContext>
        </div>
      ))}
    </div>
  );
}
