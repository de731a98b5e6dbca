import { describe, expect, it } from "vitest";
import { mapTiles, tileImageSources } from "./map-tiles.server";

describe("tileImageSources", () => {
  it("allows exactly the tile host, with scheme and port", () => {
    expect(tileImageSources("https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png")).toEqual(["https://service.pdok.nl"]);
    expect(tileImageSources("http://tiles.example:8080/{z}/{x}/{y}.png")).toEqual(["http://tiles.example:8080"]);
  });

  it("allows nothing when tiles are off or the setting is garbage", () => {
    for (const value of [
      undefined,
      "",
      " ",
      "not a url",
      "javascript:alert(1)//{z}{x}{y}",
      "data:image/png,{z}{x}{y}",
      "https://{s}.tile.example/{z}/{x}/{y}.png",
      "file:///etc/passwd",
      "https://'unsafe-inline'/{z}",
    ]) {
      expect(tileImageSources(value), String(value)).toEqual([]);
    }
  });

  it("never lets a path or query widen the policy", () => {
    expect(tileImageSources("https://tiles.example/{z}/{x}/{y}.png?key=a; script-src *")).toEqual(["https://tiles.example"]);
  });
});

describe("mapTiles", () => {
  it("is null when the setting is empty, else the URL with its attribution", () => {
    expect(mapTiles({ MAP_TILE_URL: "", MAP_TILE_ATTRIBUTION: "x" })).toBeNull();
    expect(mapTiles({ MAP_TILE_URL: "https://t.example/{z}/{x}/{y}.png", MAP_TILE_ATTRIBUTION: "© t" })).toEqual({
      url: "https://t.example/{z}/{x}/{y}.png",
      attribution: "© t",
    });
  });
});
