// Converts world-atlas's countries at 1:110m (TopoJSON, Natural Earth) into the GeoJSON the dashboard's world map
// draws: src/main/resources/META-INF/resources/geo/world-110m.json. Run once, by hand, when the geometry is to change:
//
//   mkdir /tmp/geo && cd /tmp/geo && npm install world-atlas@2.0.2 topojson-client@3.1.0
//   node /path/to/dashboard/geo/world-110m.js > /path/to/dashboard/src/main/resources/META-INF/resources/geo/world-110m.json
//
// Each feature keeps world-atlas's id, the ISO 3166-1 numeric code (the UN M49 code of a country), as its name, so
// that the map matches states by their m49 (GET /api/v1/states); world-atlas's English label is kept as `label`.
// Coordinates are rounded to 0.01 degree (about 1 km: far below what 1:110m draws). Features without an id (areas
// that have no ISO code: N. Cyprus, Somaliland, Kosovo) are left out.
// Resolved from the directory it is run in (where the two packages are installed), not from this file's.
const from = { paths: [process.cwd()] };
const topo = require(require.resolve('world-atlas/countries-110m.json', from));
const client = require(require.resolve('topojson-client', from));

const round = (c) => (Array.isArray(c[0]) ? c.map(round) : [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100]);
const countries = client.feature(topo, topo.objects.countries);
process.stdout.write(JSON.stringify({
  type: 'FeatureCollection',
  features: countries.features.filter((f) => f.id !== undefined).map((f) => ({
    type: 'Feature',
    id: f.id,
    properties: { name: f.id, label: f.properties.name },
    geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
  })),
}));
