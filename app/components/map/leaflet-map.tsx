import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MapTiles } from "~/utils/map-tiles.server";
import type { MapMarker, MountedMap } from "./leaflet-map.client";

/**
 * A Leaflet map in a box. The library is imported in the effect, so it is a chunk of its own that
 * only pages showing a map load. The box is labelled; the markers inside are the buttons.
 */
export function LeafletMap({
  tiles,
  markers,
  label,
  selected = null,
  onSelect,
  singleZoom = 16,
  className,
}: {
  tiles: MapTiles;
  markers: MapMarker[];
  label: string;
  selected?: string | null;
  onSelect?: (key: string) => void;
  singleZoom?: number;
  className: string;
}) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const mounted = useRef<MountedMap | null>(null);
  const [failed, setFailed] = useState(false);
  // The latest handler without remounting the map when the parent re-renders.
  const select = useRef(onSelect);
  select.current = onSelect;
  const zoomIn = t("map.zoomIn");
  const zoomOut = t("map.zoomOut");

  useEffect(() => {
    let cancelled = false;
    import("./leaflet-map.client")
      .then(({ mountMap }) => {
        if (cancelled || !element.current) return;
        mounted.current = mountMap(element.current, {
          tiles,
          markers,
          singleZoom,
          labels: { zoomIn, zoomOut },
          onSelect: select.current ? (key) => select.current?.(key) : undefined,
        });
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      mounted.current?.destroy();
      mounted.current = null;
    };
  }, [tiles, markers, singleZoom, zoomIn, zoomOut]);

  useEffect(() => {
    mounted.current?.select(selected);
  }, [selected, markers]);

  return (
    <div className="space-y-1">
      <div ref={element} role="region" aria-label={label} className={`map-box ${className}`} />
      {failed ? <p role="alert">{t("map.failed")}</p> : null}
    </div>
  );
}
