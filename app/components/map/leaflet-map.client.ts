/**
 * Leaflet, loaded only by the map components' effects (a separate chunk with its own CSS): pages
 * without a map never download it. Markers are Leaflet's keyboard-focusable buttons; each gets its
 * listing's name so a screen reader announces it, and Enter or Space chooses it like a click.
 */
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import type { MapTiles } from "~/utils/map-tiles.server";

export type MapMarker = { key: string; lat: number; lng: number; label: string };

export type MountOptions = {
  tiles: MapTiles;
  markers: MapMarker[];
  /** Zoom for a single marker (the initiative page); more markers are fitted into view. */
  singleZoom: number;
  labels: { zoomIn: string; zoomOut: string };
  onSelect?: (key: string) => void;
};

export type MountedMap = { select: (key: string | null) => void; destroy: () => void };

const SELECTED = "map-marker--selected";

export function mountMap(element: HTMLElement, options: MountOptions): MountedMap {
  const map = L.map(element, { zoomControl: false, attributionControl: true });
  L.control.zoom({ zoomInTitle: options.labels.zoomIn, zoomOutTitle: options.labels.zoomOut }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  if (options.tiles) {
    L.tileLayer(options.tiles.url, { attribution: escapeHtml(options.tiles.attribution), maxZoom: 19, minZoom: 6 }).addTo(map);
  }

  const positions = options.markers.map((point) => L.latLng(point.lat, point.lng));
  if (positions.length === 1) map.setView(positions[0], options.singleZoom);
  else if (positions.length > 1) map.fitBounds(L.latLngBounds(positions), { padding: [24, 24], maxZoom: 16 });

  // Leaflet draws markers only once the map has a view, and only drawn markers can be labelled.
  const markers = new Map<string, L.Marker>();
  for (const point of options.markers) {
    const marker = L.marker([point.lat, point.lng], {
      icon: L.divIcon({ className: "map-marker", iconSize: [26, 26], iconAnchor: [13, 13] }),
      keyboard: true,
      title: point.label,
      interactive: Boolean(options.onSelect),
    }).addTo(map);
    const icon = marker.getElement();
    if (icon) {
      icon.setAttribute("aria-label", point.label);
      if (options.onSelect) {
        icon.setAttribute("aria-pressed", "false");
        icon.addEventListener("keydown", (event) => {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            options.onSelect?.(point.key);
          }
        });
      } else {
        // Only a place to look at: no button to press.
        icon.removeAttribute("role");
        icon.removeAttribute("tabindex");
        icon.setAttribute("role", "img");
      }
    }
    if (options.onSelect) marker.on("click", () => options.onSelect?.(point.key));
    markers.set(point.key, marker);
  }

  return {
    select(key) {
      for (const [markerKey, marker] of markers) {
        const icon = marker.getElement();
        icon?.classList.toggle(SELECTED, markerKey === key);
        if (options.onSelect) icon?.setAttribute("aria-pressed", String(markerKey === key));
      }
    },
    destroy() {
      map.remove();
    },
  };
}

/** The attribution comes from a setting and Leaflet inserts it as HTML. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
