// Draws the link graph with the vendored Cytoscape.js from the data the page rendered into data-graph.
// Names are only ever given to Cytoscape as labels (drawn on a canvas), never inserted as markup.
"use strict";
(function () {
  const host = document.getElementById("network");
  if (!host || typeof cytoscape !== "function") return;
  const graph = JSON.parse(host.dataset.graph || "{}");
  if (!graph.nodes || graph.nodes.length === 0) {
    host.hidden = true;
    return;
  }
  const colours = { organization: "#8a3ffc", person: "#0f62fe", location: "#198038", event: "#b28600", operation: "#da1e28", identifier: "#6f6f6f", report: "#525252" };
  const cy = cytoscape({
    container: host,
    elements: [
      ...graph.nodes.map(n => ({ data: { id: n.id, label: n.label, kind: n.kind, href: n.href } })),
      ...graph.edges.map(e => ({ data: { id: e.id, source: e.source, target: e.target, label: e.label } })),
    ],
    style: [
      { selector: "node", style: { "label": "data(label)", "font-size": 10, "text-wrap": "ellipsis", "text-max-width": 120, "width": 18, "height": 18, "background-color": n => colours[n.data("kind")] || "#444" } },
      { selector: "edge", style: { "width": 1.5, "line-color": "#a8a8a8", "target-arrow-shape": "triangle", "target-arrow-color": "#a8a8a8", "curve-style": "bezier", "label": "data(label)", "font-size": 8, "color": "#525252" } },
    ],
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 },
  });
  // Only the site's own pages are followed: an entity's or an event's.
  cy.on("tap", "node", event => {
    const href = String(event.target.data("href") || "");
    if (/^\/(entities|events)\/[0-9a-f-]+$/.test(href)) window.location.href = href;
  });
  host.dataset.ready = String(cy.nodes().length);
})();
