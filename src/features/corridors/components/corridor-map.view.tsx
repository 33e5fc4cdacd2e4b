/**
 * The corridor map at a given size: countries, corridors styled by kind (colour) and status
 * (dash), hubs, city labels and a zoom transform. Every corridor and hub is a focusable button.
 */
import type { KeyboardEvent, Ref } from 'react';
import { INK, KIND_COLOURS, PAPER, STATUS_DASHES } from '../../../charts/palette';
import type { CorridorMapModel } from '../build-corridor-map';
import { useT } from '../../../i18n/use-i18n';
import type { CorridorKind, CorridorStatus } from '../../../data/schemas/common';

export interface CorridorMapViewProps {
  model: CorridorMapModel;
  svgRef?: Ref<SVGSVGElement>;
  /** SVG transform of the zoom ("translate(x,y) scale(k)"). */
  transform?: string;
  /** Zoom factor, to keep labels and marks a constant size. */
  scale?: number;
  selectedId: string | null;
  activeId: string | null;
  onActivate: (id: string | null) => void;
  onSelect: (kind: 'corridor' | 'hub', id: string) => void;
}

export function CorridorMapView({ model, svgRef, transform, scale = 1, selectedId, activeId, onActivate, onSelect }: CorridorMapViewProps) {
  const t = useT();
  const keyHandler = (kind: 'corridor' | 'hub', id: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(kind, id);
    }
  };
  return (
    <svg
      ref={svgRef}
      width={model.width}
      height={model.height}
      viewBox={`0 0 ${model.width} ${model.height}`}
      className="corridor-map"
      role="group"
      aria-label={t('corridors.mapLabel', { count: model.shownCount })}
    >
      <defs>
        {Object.entries(KIND_COLOURS).map(([kind, colour]) => (
          <marker
            key={kind}
            id={`arrow-${kind}`}
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="5"
            markerHeight="5"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill={colour} />
          </marker>
        ))}
      </defs>
      <rect width={model.width} height={model.height} className="corridor-map__sea" />
      <g transform={transform}>
        <g className="corridor-map__countries" aria-hidden="true">
          {model.countries.map((country) => (
            <path
              key={country.id}
              d={country.d}
              className={country.isFocus ? 'country country--focus' : 'country'}
              vectorEffect="non-scaling-stroke"
            />
          ))}
        </g>
        <g className="corridor-map__corridors">
          {model.corridors.map((corridor) => {
            const isActive = corridor.id === activeId || corridor.id === selectedId;
            return (
              <g
                key={corridor.id}
                data-corridor-id={corridor.id}
                role="button"
                tabIndex={0}
                aria-label={t('corridors.corridorLabel', {
                  name: corridor.name,
                  kind: t(`kind.${corridor.kind}`).toLowerCase(),
                  status: t(`status.${corridor.status}`).toLowerCase(),
                  route: corridor.route,
                })}
                aria-pressed={corridor.id === selectedId}
                className={`corridor${isActive ? ' is-active' : ''}`}
                opacity={corridor.isHighlighted ? 1 : 0.25}
                onMouseEnter={() => onActivate(corridor.id)}
                onMouseLeave={() => onActivate(null)}
                onFocus={() => onActivate(corridor.id)}
                onBlur={() => onActivate(null)}
                onClick={() => onSelect('corridor', corridor.id)}
                onKeyDown={keyHandler('corridor', corridor.id)}
              >
                <path d={corridor.d} className="corridor__hit" vectorEffect="non-scaling-stroke" />
                <path
                  d={corridor.d}
                  fill="none"
                  stroke={KIND_COLOURS[corridor.kind]}
                  strokeWidth={isActive ? 5 : 3}
                  strokeDasharray={STATUS_DASHES[corridor.status]}
                  strokeLinecap="round"
                  vectorEffect="non-scaling-stroke"
                  markerEnd={corridor.isDirected ? `url(#arrow-${corridor.kind})` : undefined}
                />
              </g>
            );
          })}
        </g>
        <g className="corridor-map__hubs">
          {model.hubs.map((hub) => (
            <g
              key={hub.id}
              data-hub-id={hub.id}
              role="button"
              tabIndex={0}
              aria-label={t('corridors.hubLabel', {
                name: hub.name,
                kind: t(`kind.${hub.kind}`).toLowerCase(),
                status: t(`status.${hub.status}`).toLowerCase(),
              })}
              aria-pressed={hub.id === selectedId}
              className={`hub${hub.id === activeId || hub.id === selectedId ? ' is-active' : ''}`}
              transform={`translate(${hub.x},${hub.y}) scale(${1 / scale})`}
              opacity={hub.isHighlighted ? 1 : 0.25}
              onMouseEnter={() => onActivate(hub.id)}
              onMouseLeave={() => onActivate(null)}
              onFocus={() => onActivate(hub.id)}
              onBlur={() => onActivate(null)}
              onClick={() => onSelect('hub', hub.id)}
              onKeyDown={keyHandler('hub', hub.id)}
            >
              <rect
                x={-7}
                y={-7}
                width={14}
                height={14}
                transform="rotate(45)"
                fill={PAPER}
                stroke={KIND_COLOURS[hub.kind]}
                strokeWidth={3}
                strokeDasharray={STATUS_DASHES[hub.status]}
              />
            </g>
          ))}
        </g>
        <g className="corridor-map__cities" aria-hidden="true">
          {model.cities.map((city) => (
            <g key={city.id} transform={`translate(${city.x},${city.y}) scale(${1 / scale})`}>
              <circle r={3} className="city-dot" />
              <text x={6} y={-5} className="city-label">
                {city.text}
              </text>
            </g>
          ))}
        </g>
      </g>
    </svg>
  );
}

/** The key to the map's colours (kind) and dashes (status). */
export function CorridorLegend() {
  const t = useT();
  return (
    <div className="legend legend--map" aria-label={t('frame.legend')}>
      <ul aria-label={t('corridors.kindLegend')}>
        {Object.entries(KIND_COLOURS).map(([kind, colour]) => (
          <li key={kind}>
            <svg width="28" height="10" aria-hidden="true">
              <line x1="1" y1="5" x2="27" y2="5" stroke={colour} strokeWidth="4" />
            </svg>
            {t(`kind.${kind as CorridorKind}`)}
          </li>
        ))}
      </ul>
      <ul aria-label={t('corridors.statusLegend')}>
        {Object.entries(STATUS_DASHES).map(([status, dash]) => (
          <li key={status}>
            <svg width="28" height="10" aria-hidden="true">
              <line x1="1" y1="5" x2="27" y2="5" stroke={INK} strokeWidth="3" strokeDasharray={dash} />
            </svg>
            {t(`status.${status as CorridorStatus}`)}
          </li>
        ))}
        <li>
          <svg width="28" height="10" aria-hidden="true">
            <path d="M2 5 H22 M18 1 L26 5 L18 9" stroke={INK} strokeWidth="2" fill="none" />
          </svg>{' '}
          {t('corridors.direction')}
        </li>
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <rect x="4" y="4" width="8" height="8" transform="rotate(45 8 8)" fill={PAPER} stroke={INK} strokeWidth="2" />
          </svg>{' '}
          {t('corridors.hub')}
        </li>
      </ul>
    </div>
  );
}
