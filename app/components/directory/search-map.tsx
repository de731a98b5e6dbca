import { Link } from "@remix-run/react";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { InitiativeCard } from "~/components/initiative-card";
import { LeafletMap } from "~/components/map/leaflet-map";
import type { SearchMap } from "~/models/search-map.server";
import type { MapTiles } from "~/utils/map-tiles.server";

/**
 * The search results on a map. Choosing a marker (click, Enter or Space) shows its card below the
 * map, where a screen reader hears it. Online listings and those without a place are counted
 * beside the map, with a way to the list that shows them.
 */
export function SearchMapView({ map, tiles, listHref, linkQuery }: { map: SearchMap; tiles: MapTiles; listHref: string; linkQuery?: string }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string | null>(null);
  const markers = useMemo(
    () => map.points.map((point) => ({ key: point.slug, lat: point.lat, lng: point.lng, label: `${point.title}, ${point.organisationName}` })),
    [map.points],
  );
  // A new search can drop the chosen listing.
  useEffect(() => {
    setSelected((slug) => (slug && map.points.some((point) => point.slug === slug) ? slug : null));
  }, [map.points]);
  const chosen = map.points.find((point) => point.slug === selected);

  return (
    <div className="space-y-3">
      <p className="text-lg font-semibold" role="status">
        {t("map.onMap", { count: map.points.length })}
      </p>
      {map.points.length > 0 ? (
        <>
          <p className="text-sm text-[var(--color-muted)]" id="map-help">
            {t("map.help")}
          </p>
          <LeafletMap
            tiles={tiles}
            markers={markers}
            label={t("map.searchLabel")}
            selected={selected}
            onSelect={setSelected}
            className="h-[60vh] min-h-[20rem] w-full"
          />
        </>
      ) : null}
      <ul className="space-y-1">
        {map.online > 0 ? <li>{t("map.online", { count: map.online })}</li> : null}
        {map.withoutPlace > 0 ? <li>{t("map.withoutPlace", { count: map.withoutPlace })}</li> : null}
        {map.notShown > 0 ? <li>{t("map.notShown", { count: map.notShown })}</li> : null}
      </ul>
      {map.online + map.withoutPlace + map.notShown > 0 ? (
        <p>
          <Link to={listHref}>{t("map.seeList")}</Link>
        </p>
      ) : null}
      <section aria-live="polite" aria-label={t("map.chosen")}>
        {chosen ? <InitiativeCard initiative={chosen} linkQuery={linkQuery} /> : null}
      </section>
    </div>
  );
}
