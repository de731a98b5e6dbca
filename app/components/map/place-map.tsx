import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useHydrated } from "~/components/ui/use-hydrated";
import type { MapTiles } from "~/utils/map-tiles.server";
import { LeafletMap } from "./leaflet-map";

/** An ordinary link to a route planner with the place as destination; works without scripts. */
function routeHref(place: { lat: number; lng: number }): string {
  const to = `${place.lat.toFixed(6)},${place.lng.toFixed(6)}`;
  return `https://www.openstreetmap.org/directions?route=${encodeURIComponent(`;${to}`)}#map=17/${place.lat.toFixed(6)}/${place.lng.toFixed(6)}`;
}

/** A small map of one place with a link to plan a route; the map itself needs scripts, the link not. */
export function PlaceMap({ place, address, title, tiles }: { place: { lat: number; lng: number }; address: string; title: string; tiles: MapTiles }) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const markers = useMemo(() => [{ key: "place", lat: place.lat, lng: place.lng, label: title }], [place.lat, place.lng, title]);
  return (
    <section className="card space-y-2" aria-labelledby="place-title">
      <h2 id="place-title" className="text-lg">
        {t("map.placeTitle")}
      </h2>
      {address ? <p>{address}</p> : null}
      {hydrated ? <LeafletMap tiles={tiles} markers={markers} label={t("map.placeLabel", { address: address || title })} className="h-56 w-full" /> : null}
      <p>
        <a href={routeHref(place)} aria-describedby="route-hint">
          {t("map.route")}
        </a>
      </p>
      <p id="route-hint" className="text-sm text-[var(--color-muted)]">
        {t("map.routeHint")}
      </p>
    </section>
  );
}
