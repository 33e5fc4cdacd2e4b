/**
 * The corridor map from its model: countries, corridors (kind: hue and cross-section; status:
 * dashes of the core, see charts/palette), hubs, dots, the placed names and the key under the
 * map. Every corridor and hub is a focusable button; hovering or focusing a corridor also names
 * the places along it that had no room for a label. Presentational: no store, no fetching.
 */
import { memo, type KeyboardEvent, type Ref } from 'react';
import { KIND_COLOURS, KIND_LINE_STYLES, PAPER, STATUS_DASHES, type StrokeLayer } from '../../../charts/palette';
import type { CorridorKind, CorridorStatus } from '../../../data/schemas/common';
import type { CorridorMapModel, KeyItem, MapLabel } from '../build-corridor-map';

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

const layerPaint = (layer: StrokeLayer, kind: CorridorKind) => (layer.paint === 'paper' ? PAPER : KIND_COLOURS[kind]);

/** One corridor's symbol along `d`: its kind's layers, the core dashed by status. */
function CorridorStrokes({
  d,
  kind,
  status,
  widthFactor = 1,
  markerEnd,
}: {
  d: string;
  kind: CorridorKind;
  status: CorridorStatus;
  widthFactor?: number;
  markerEnd?: string;
}) {
  const layers = KIND_LINE_STYLES[kind];
  const coreIndex = layers.findIndex((layer) => layer.isStatusDashed && layer.paint === 'kind');
  return (
    <>
      {layers.map((layer, index) => {
        const dash = layer.isStatusDashed ? STATUS_DASHES[status] : (layer.pattern ?? '');
        return (
          <path
            key={index}
            d={d}
            fill="none"
            className={index === coreIndex ? 'corridor__core' : undefined}
            style={{ stroke: layerPaint(layer, kind) }}
            strokeWidth={layer.width * widthFactor}
            strokeOpacity={layer.opacity}
            strokeDasharray={dash || undefined}
            strokeLinecap={layer.linecap ?? (dash ? 'butt' : 'round')}
            strokeLinejoin="round"
            vectorEffect="non-scaling-stroke"
            markerEnd={index === coreIndex ? markerEnd : undefined}
          />
        );
      })}
    </>
  );
}

function Label({ label, scale }: { label: MapLabel; scale: number }) {
  const isCountry = label.kind === 'country';
  // Drawn at the anchor, then offset in screen px so names keep their size and gap when zoomed.
  return (
    <g transform={`translate(${label.x},${label.y}) scale(${1 / scale})`}>
      <text
        className={`map-label map-label--${label.kind}${label.isFocus ? ' map-label--focus' : ''}`}
        data-map-label={label.kind}
        textAnchor={label.textAnchor}
        letterSpacing={isCountry && label.tracking ? `${label.tracking}em` : undefined}
      >
        {label.text}
      </text>
    </g>
  );
}

function KeySwatch({ item }: { item: KeyItem }) {
  const { swatch } = item;
  const line = 'M 2 0 H 30';
  switch (swatch.type) {
    case 'heading':
      return null;
    case 'kind':
      return <CorridorStrokes d={line} kind={swatch.kind} status="operating" widthFactor={0.8} />;
    case 'status':
      return (
        <path d={line} className="map-key__ink" strokeWidth={2.5} strokeDasharray={STATUS_DASHES[swatch.status] || undefined} fill="none" />
      );
    case 'direction':
      return <path d="M 2 0 H 26 M 21 -4 L 28 0 L 21 4" className="map-key__ink" strokeWidth={2} fill="none" />;
    case 'hub':
      return (
        <rect
          x={-5}
          y={-5}
          width={10}
          height={10}
          transform="translate(16 0) rotate(45)"
          fill={PAPER}
          className={swatch.kind ? undefined : 'map-key__ink'}
          style={swatch.kind ? { stroke: KIND_COLOURS[swatch.kind] } : undefined}
          strokeWidth={2.5}
        />
      );
    case 'city':
      return <circle cx={16} cy={0} r={3.5} className="city-dot" />;
    case 'place':
      return <circle cx={16} cy={0} r={2.5} className="place-dot" />;
  }
}

/**
 * Memoised: the map is the page's largest subtree, and its route renders again for reasons of its
 * own (the zoom and size hooks attaching to the drawn elements right after hydration).
 */
export const CorridorMapView = memo(function CorridorMapView({
  model,
  svgRef,
  transform,
  scale = 1,
  selectedId,
  activeId,
  onActivate,
  onSelect,
}: CorridorMapViewProps) {
  // Fixed ids: a page shows one corridor map (the dashboard's or the embed's).
  const uid = 'corridor-map';
  const clipId = `${uid}-clip`;
  const keyHandler = (kind: 'corridor' | 'hub', id: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(kind, id);
    }
  };
  const hubPlaces = new Set(model.hubs.flatMap((hub) => (hub.place ? [hub.place] : [])));
  const labelled = new Set(model.labels.map((label) => label.id));
  const active = model.corridors.find((corridor) => corridor.id === activeId);
  // The places along the hovered or focused corridor that had no room for a name.
  const revealed = active ? model.places.filter((place) => active.placeIds.includes(place.id) && !labelled.has(place.id)) : [];
  const kinds = [...new Set(model.corridors.map((corridor) => corridor.kind))];
  return (
    <svg
      ref={svgRef}
      width={model.width}
      height={model.height}
      viewBox={`0 0 ${model.width} ${model.height}`}
      className="corridor-map"
      role="group"
      aria-label={model.mapLabel}
    >
      <defs>
        <clipPath id={clipId}>
          <rect width={model.width} height={model.mapHeight} />
        </clipPath>
        {kinds.map((kind) => (
          <marker
            key={kind}
            id={`${uid}-arrow-${kind}`}
            viewBox="0 0 10 10"
            refX="7"
            refY="5"
            markerWidth="4"
            markerHeight="4"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" style={{ fill: KIND_COLOURS[kind] }} />
          </marker>
        ))}
      </defs>
      <rect width={model.width} height={model.mapHeight} className="corridor-map__sea" />
      <g clipPath={`url(#${clipId})`}>
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
          <g className="corridor-map__labels corridor-map__labels--country" aria-hidden="true">
            {model.labels
              .filter((label) => label.kind === 'country')
              .map((label) => (
                <Label key={label.id} label={label} scale={scale} />
              ))}
          </g>
          <g className="corridor-map__corridors">
            {model.corridors.map((corridor) => {
              const isActive = corridor.id === activeId || corridor.id === selectedId;
              return (
                <g
                  key={corridor.id}
                  data-corridor-id={corridor.id}
                  data-kind={corridor.kind}
                  role="button"
                  tabIndex={0}
                  aria-label={corridor.ariaLabel}
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
                  <CorridorStrokes
                    d={corridor.d}
                    kind={corridor.kind}
                    status={corridor.status}
                    widthFactor={isActive ? 1.4 : 1}
                    markerEnd={corridor.isDirected ? `url(#${uid}-arrow-${corridor.kind})` : undefined}
                  />
                </g>
              );
            })}
          </g>
          <g className="corridor-map__dots" aria-hidden="true">
            {model.places
              .filter((place) => !hubPlaces.has(place.id))
              .map((place) => (
                <circle
                  key={place.id}
                  cx={place.x}
                  cy={place.y}
                  r={(place.isCity ? 3.5 : 2.5) / scale}
                  className={place.isCity ? 'city-dot' : 'place-dot'}
                  strokeWidth={1.5 / scale}
                >
                  <title>{place.name}</title>
                </circle>
              ))}
          </g>
          <g className="corridor-map__hubs">
            {model.hubs.map((hub) => (
              <g
                key={hub.id}
                data-hub-id={hub.id}
                data-kind={hub.kind}
                role="button"
                tabIndex={0}
                aria-label={hub.ariaLabel}
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
                  className="hub__mark"
                  x={-6}
                  y={-6}
                  width={12}
                  height={12}
                  transform="rotate(45)"
                  fill={PAPER}
                  style={{ stroke: KIND_COLOURS[hub.kind] }}
                  strokeWidth={3}
                  strokeDasharray={STATUS_DASHES[hub.status] || undefined}
                />
              </g>
            ))}
          </g>
          <g className="corridor-map__labels" aria-hidden="true">
            {model.labels
              .filter((label) => label.kind !== 'country')
              .map((label) => (
                <Label key={label.id} label={label} scale={scale} />
              ))}
            {revealed.map((place) => (
              <g key={place.id} transform={`translate(${place.x},${place.y}) scale(${1 / scale})`}>
                <text x={6} y={-5} className="map-label map-label--revealed">
                  {place.name}
                </text>
              </g>
            ))}
          </g>
        </g>
      </g>
      <g className="map-key" transform={`translate(0 ${model.mapHeight})`} role="list" aria-label={model.key.label}>
        <rect width={model.width} height={model.key.height} className="map-key__band" />
        {model.key.items.map((item) => (
          <g key={item.id} role="listitem" transform={`translate(${item.x} ${item.y})`}>
            <KeySwatch item={item} />
            <text
              x={item.swatch.type === 'heading' ? 0 : 36}
              y={4.5}
              className={item.swatch.type === 'heading' ? 'map-key__heading' : 'map-key__label'}
            >
              {item.label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
});
