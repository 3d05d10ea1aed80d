// Draws the map with the vendored Leaflet: country outlines from the shipped GeoJSON, one marker per known place.
// No tiles are fetched from anywhere. Popups are built from text nodes, so a place's name is never markup.
"use strict";
(function () {
  const host = document.getElementById("map");
  if (!host || typeof L === "undefined") return;
  const places = JSON.parse(host.dataset.places || "[]");
  const map = L.map(host, { worldCopyJump: true, attributionControl: true, minZoom: 1 }).setView([0, -60], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth · GeoNames");
  const named = new Set(places.filter(p => p.outline).map(p => p.outline));

  fetch(host.dataset.outlines, { credentials: "same-origin" })
    .then(response => response.ok ? response.json() : Promise.reject(new Error("outlines " + response.status)))
    .then(outlines => {
      L.geoJSON(outlines, {
        style: feature => named.has(feature.properties.name)
          ? { color: "#0f62fe", weight: 1.5, fillColor: "#a6c8ff", fillOpacity: 0.7 }
          : { color: "#8d8d8d", weight: 0.6, fillColor: "#f4f4f4", fillOpacity: 1 },
      }).addTo(map).bringToBack();
      host.dataset.ready = "true";
    })
    .catch(() => { host.dataset.ready = "failed"; });

  const markers = [];
  for (const place of places) {
    const popup = document.createElement("a");
    popup.href = "/entities/" + encodeURIComponent(place.id);
    popup.textContent = place.name;
    const marker = L.circleMarker([place.lat, place.lng], { radius: place.kind === "country" ? 7 : 5, color: "#da1e28", weight: 2, fillOpacity: 0.8 })
      .bindPopup(popup)
      .bindTooltip(Object.assign(document.createElement("span"), { textContent: place.name }));
    marker.addTo(map);
    markers.push([place.lat, place.lng]);
  }
  if (markers.length > 0) map.fitBounds(markers, { padding: [40, 40], maxZoom: 9 });
  host.dataset.markers = String(markers.length);
})();
