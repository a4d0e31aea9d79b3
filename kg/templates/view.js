
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var big = data.nodes.length > 1500;
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return {id: n.id, label: n.label, x: n.x, y: n.y, shape: n.shape, size: n.size,
            color: n.color, group: n.type};
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return {id: e.id, from: e.from, to: e.to, label: e.label};
  }));
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var edgeById = {};
  data.edges.forEach(function (e) { edgeById[e.id] = e; });
  var network = new vis.Network(document.getElementById("kg-network"), {nodes: nodes, edges: edges}, {
    physics: {enabled: false},
    layout: {improvedLayout: false},
    interaction: {hover: true, hideEdgesOnDrag: big, hideEdgesOnZoom: big, tooltipDelay: 0},
    nodes: {font: {size: 14}, borderWidth: 1},
    edges: {smooth: false, arrows: {to: {enabled: true, scaleFactor: 0.5}},
            color: {color: "#b8b8b8", highlight: "#333", hover: "#666"},
            font: {size: 10, color: "#555", strokeWidth: 2, align: "middle"}}
  });
  window.kgNetwork = network;

  var card = document.getElementById("kg-card");
  var pinned = false;
  function add(parent, tag, cls, text) {
    var el = document.createElement(tag);
    if (cls) { el.className = cls; }
    el.textContent = text;
    parent.appendChild(el);
    return el;
  }
  function cited(rows, line, cap) {
    rows.slice(0, cap).forEach(function (r) {
      add(card, "div", "", line(r));
      add(card, "div", "sent", "「" + r.sentence + "」 — " + r.article);
    });
    if (rows.length > cap) { add(card, "div", "sent", "… " + (rows.length - cap) + " more"); }
  }
  function place(pointer) {
    card.style.display = "block";
    var at = pointer || {x: window.innerWidth, y: 0};
    card.style.left = Math.max(0, Math.min(at.x + 14, window.innerWidth - card.offsetWidth - 8)) + "px";
    card.style.top = Math.max(0, Math.min(at.y + 14, window.innerHeight - card.offsetHeight - 8)) + "px";
  }
  function showNode(id, pointer) {
    var n = byId[id];
    if (!n) { return; }
    card.textContent = "";
    add(card, "div", "head", n.label);
    add(card, "div", "", n.type + " · " + n.degree + " relation(s)");
    if (n.aliases.length) { add(card, "div", "", "also: " + n.aliases.join("、")); }
    if (n.facts.length) { add(card, "div", "sec", "facts"); }
    cited(n.facts, function (r) { return r.predicate + ": " + r.value; }, 8);
    if (n.figures.length) { add(card, "div", "sec", "figures"); }
    cited(n.figures, function (r) { return r.text + (r.measure ? " (" + r.measure + ")" : ""); }, 8);
    if (n.credits.length) { add(card, "div", "sec", "credited"); }
    cited(n.credits, function (r) { return r.predicate + " of " + r.article; }, 5);
    place(pointer);
  }
  function showEdge(id, pointer) {
    var e = edgeById[id];
    if (!e) { return; }
    card.textContent = "";
    add(card, "div", "head", byId[e.from].label + " → " + byId[e.to].label);
    e.relations.forEach(function (rel) {
      add(card, "div", "sec", rel.predicate);
      cited(rel.evidence, function () { return ""; }, 5);
    });
    place(pointer);
  }
  function hide() { if (!pinned) { card.style.display = "none"; } }
  window.kgShowNode = showNode;
  window.kgShowEdge = showEdge;
  network.on("hoverNode", function (p) { if (!pinned) { showNode(p.node, p.pointer.DOM); } });
  network.on("hoverEdge", function (p) { if (!pinned) { showEdge(p.edge, p.pointer.DOM); } });
  network.on("blurNode", hide);
  network.on("blurEdge", hide);
  network.on("click", function (p) {
    pinned = false;
    if (p.nodes.length) { showNode(p.nodes[0], p.pointer.DOM); pinned = true; }
    else if (p.edges.length) { showEdge(p.edges[0], p.pointer.DOM); pinned = true; }
    else { hide(); }
  });

  var status = document.getElementById("kg-status");
  var shown = {};
  function say() {
    var visible = data.nodes.filter(function (n) { return shown[n.type]; }).length;
    status.textContent = visible + " of " + data.nodes.length + " entities, " +
      data.edges.length + " links";
  }
  var legend = document.getElementById("kg-legend");
  data.legend.forEach(function (t) {
    shown[t.type] = true;
    var label = document.createElement("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.type = t.type;
    box.addEventListener("change", function () {
      shown[t.type] = box.checked;
      nodes.update(data.nodes.filter(function (n) { return n.type === t.type; })
        .map(function (n) { return {id: n.id, hidden: !box.checked}; }));
      say();
    });
    label.appendChild(box);
    var glyph = add(label, "span", "glyph", t.glyph);
    glyph.style.color = t.color;
    label.appendChild(document.createTextNode(t.type + " (" + t.count + ")"));
    legend.appendChild(label);
  });
  say();

  function search(query) {
    query = query.trim().toLowerCase();
    if (!query) { network.unselectAll(); say(); return []; }
    var hits = data.nodes.filter(function (n) {
      return shown[n.type] && [n.label].concat(n.aliases).some(function (s) {
        return s.toLowerCase().indexOf(query) >= 0;
      });
    }).map(function (n) { return n.id; });
    network.selectNodes(hits);
    if (hits.length) { network.fit({nodes: hits.slice(0, 50), animation: false}); }
    status.textContent = hits.length + " match(es)";
    if (hits.length === 1) { showNode(hits[0], null); }
    return hits;
  }
  window.kgSearch = search;
  document.getElementById("kg-search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { search(ev.target.value); }
  });
})();
