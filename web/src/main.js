// The page of statekg serve: look-ups by name, Gizmo queries with the
// example queries one click away, results as a table and as a graph, and
// a node's neighbourhood when it is clicked. build.sh bundles this file
// with cytoscape into ../static/app.js.
import cytoscape from "cytoscape";

const $ = (id) => document.getElementById(id);

// A bearer token given as #token=... is kept for the tab and sent with
// every request to the API.
const hash = new URLSearchParams(location.hash.slice(1));
if (hash.get("token")) {
  sessionStorage.setItem("statekg-token", hash.get("token"));
  history.replaceState(null, "", location.pathname + location.search);
}

async function api(path, body) {
  const headers = {};
  const token = sessionStorage.getItem("statekg-token");
  if (token) headers.Authorization = "Bearer " + token;
  const resp = await fetch(path, body === undefined ? { headers } : { method: "POST", headers, body });
  let data;
  try {
    data = await resp.json();
  } catch (e) {
    throw new Error(resp.status + " " + resp.statusText);
  }
  if (!resp.ok || data.error) {
    if (resp.status === 401) {
      const t = prompt("This server needs its bearer token:");
      if (t) {
        sessionStorage.setItem("statekg-token", t);
        return api(path, body);
      }
    }
    throw new Error(data.error || resp.status + " " + resp.statusText);
  }
  return { result: data.result, truncated: resp.headers.get("X-Statekg-Truncated") };
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "onclick") e.addEventListener("click", v);
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}

// Text of a value as query results give it: IRIs in angle brackets, the
// rest as they are.
function text(v) {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.map(text).join(", ");
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}
const isIRI = (v) => typeof v === "string" && v.startsWith("<") && v.endsWith(">");
const localName = (iri) => {
  const s = iri.replace(/^<|>$/g, "");
  return s.slice(Math.max(s.lastIndexOf("/"), s.lastIndexOf("#")) + 1) || s;
};
const short = (s) => (s.length > 48 ? s.slice(0, 46) + "…" : s);

const colours = {
  State: "#2563eb", Official: "#d97706", Person: "#db2777", Organization: "#059669",
  Incident: "#dc2626", Topic: "#7c3aed", Article: "#4b5563", Statement: "#9ca3af",
};

const cy = cytoscape({
  container: $("graph"),
  minZoom: 0.2,
  maxZoom: 3,
  style: [
    {
      selector: "node",
      style: {
        label: "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3,
        width: 14, height: 14, "min-zoomed-font-size": 0, "background-color": (n) => colours[n.data("type")] || "#64748b",
        "text-wrap": "ellipsis", "text-max-width": 140,
      },
    },
    { selector: "node:selected", style: { "border-width": 3, "border-color": "#111827" } },
    {
      selector: "edge",
      style: {
        width: 1.2, "line-color": "#cbd5e1", "target-arrow-color": "#94a3b8", "target-arrow-shape": "triangle",
        "curve-style": "bezier", label: "data(label)", "font-size": 8, color: "#64748b",
        "text-rotation": "autorotate", "text-background-color": "#fbfcfd", "text-background-opacity": 1,
      },
    },
  ],
});
window.statekgGraph = cy; // for the browser test and the curious

function addNode(key, label, type) {
  let n = cy.getElementById(key);
  if (n.empty()) {
    n = cy.add({ group: "nodes", data: { id: key, label: short(label), full: label, type: type || "" } });
  } else if (type && !n.data("type")) {
    n.data("type", type);
  }
  return n;
}

function addEdge(from, to, label) {
  const id = from + "\u0000" + label + "\u0000" + to;
  if (from === to || !cy.getElementById(id).empty()) return;
  cy.add({ group: "edges", data: { id, source: from, target: to, label } });
}

function layout() {
  cy.layout({
    name: "cose", animate: false, randomize: true, padding: 24, fit: true,
    nodeRepulsion: () => 6000, idealEdgeLength: () => 40, edgeElasticity: () => 60,
    gravity: 2, componentSpacing: 30, nodeOverlap: 8, numIter: 1500,
  }).run();
}

// graphOf draws query results: a result with subject and object is an
// edge between them named by its predicate; any other result links its
// first short value to each of its other short values (array items one by
// one), each edge named by the key. Long texts (sentences) stay in the
// table; IRIs are drawn only when a result has nothing else.
function graphOf(results) {
  cy.elements().remove();
  const iris = new Set();
  for (const r of results.slice(0, 300)) {
    if (r === null || typeof r !== "object") {
      if (r !== null) addNode(text(r), text(r));
      continue;
    }
    if ("subject" in r && "object" in r) {
      const s = text(r.subject), o = text(r.object);
      addNode(s, s);
      addNode(o, o);
      addEdge(s, o, text(r.predicate || ""));
      continue;
    }
    const usable = (v) => typeof v === "string" ? v.length <= 80 : typeof v === "number";
    let entries = Object.entries(r).filter(([, v]) => Array.isArray(v) ? v.some(usable) : usable(v));
    const plain = entries.filter(([, v]) => !(isIRI(v) || (Array.isArray(v) && v.every(isIRI))));
    if (plain.length > 0) entries = plain;
    const hubEntry = entries.find(([, v]) => !Array.isArray(v));
    if (!hubEntry) continue;
    const hub = text(hubEntry[1]);
    addNode(hub, isIRI(hub) ? localName(hub) : hub);
    if (isIRI(hub)) iris.add(hub);
    for (const [k, v] of entries) {
      if (v === hubEntry[1]) continue;
      for (const item of Array.isArray(v) ? v.filter(usable) : [v]) {
        const key = text(item);
        addNode(key, isIRI(key) ? localName(key) : key);
        if (isIRI(key)) iris.add(key);
        addEdge(hub, key, k);
      }
    }
  }
  layout();
  nameIRIs([...iris].slice(0, 60));
  typeNames(cy.nodes().filter((n) => !isIRI(n.id())).map((n) => n.id()).slice(0, 100));
}

// typeNames colours the nodes drawn from names by the type of the entity
// of that name, and remembers the entity for a click.
async function typeNames(names) {
  await Promise.all(names.map(async (name) => {
    try {
      const { result } = await api("/api/search?limit=5&q=" + encodeURIComponent(name));
      const same = result.find((m) => m.name === name);
      const n = cy.getElementById(name);
      if (same && !n.empty()) n.data({ type: same.type, iri: same.id });
    } catch (e) {
      // the node stays grey, and is looked up when clicked
    }
  }));
}

// nameIRIs replaces the labels of IRI nodes by the names of their nodes.
async function nameIRIs(iris) {
  await Promise.all(iris.map(async (iri) => {
    try {
      const { result } = await api("/api/node?limit=1&id=" + encodeURIComponent(iri));
      const n = cy.getElementById(iri);
      if (result.node.name) n.data({ label: short(result.node.name), full: result.node.name });
      if (result.node.type) n.data("type", result.node.type);
    } catch (e) {
      // the label stays the IRI's local name
    }
  }));
}

function table(results) {
  const t = $("results-table");
  t.replaceChildren();
  const cols = [];
  for (const r of results) {
    if (r !== null && typeof r === "object" && !Array.isArray(r)) {
      for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
    }
  }
  if (cols.length === 0) cols.push("value");
  t.append(el("thead", {}, el("tr", {}, ...cols.map((c) => el("th", {}, c)))));
  const body = el("tbody");
  for (const r of results) {
    const obj = r !== null && typeof r === "object" && !Array.isArray(r) ? r : { value: r };
    body.append(el("tr", {}, ...cols.map((c) => el("td", {}, text(obj[c])))));
  }
  t.append(body);
}

async function runQuery(q) {
  const status = $("query-status");
  status.className = "";
  status.textContent = "running…";
  const start = performance.now();
  try {
    const { result, truncated } = await api("/api/v2/query?lang=gizmo", q);
    const results = result || [];
    const ms = Math.round(performance.now() - start);
    status.textContent = results.length + " results in " + ms + " ms" +
      (truncated ? " (cut at the server's limit of " + truncated + ")" : "");
    table(results);
    graphOf(results);
  } catch (e) {
    status.className = "error";
    status.textContent = e.message;
  }
}

async function search(q) {
  const list = $("search-results");
  list.replaceChildren();
  $("status").textContent = "";
  try {
    const { result } = await api("/api/search?limit=50&q=" + encodeURIComponent(q));
    if (result.length === 0) list.append(el("li", {}, "no entity has a name containing “" + q + "”"));
    for (const m of result) {
      const matched = (m.matched || []).filter((n) => n !== m.name);
      list.append(el("li", { "data-id": m.id, onclick: () => showNode(m.id, true) },
        el("span", { class: "name" }, m.name || localName(m.id)), " ",
        el("span", { class: "type", style: "background:" + (colours[m.type] || "#6b7280") }, m.type),
        matched.length ? el("span", { class: "matched" }, "as " + matched.join(", ")) : ""));
    }
    return result;
  } catch (e) {
    $("status").textContent = e.message;
    return [];
  }
}

function edgeItem(e, dir) {
  const other = e.node;
  const name = other.name || (other.id.startsWith("<") ? localName(other.id) : other.id);
  const target = other.id.startsWith("<") || other.id.startsWith("_:") ?
    el("a", { onclick: () => showNode(other.id, true) }, name) : el("span", {}, name);
  return el("li", {}, el("span", { class: "pred" }, (dir === "out" ? "" : "← ") + localName(e.predicate) + " "),
    target, other.type ? " " : "", other.type ? el("span", { class: "type", style: "background:" + (colours[other.type] || "#6b7280") }, other.type) : "",
    e.quads > 1 ? el("span", { class: "pred" }, " ×" + e.quads) : "");
}

// showNode shows a node's neighbourhood in the panel and draws its edges to
// entities around it (replacing the graph when fresh is set).
async function showNode(id, fresh) {
  let n;
  try {
    n = (await api("/api/node?limit=50&id=" + encodeURIComponent(id))).result;
  } catch (e) {
    $("status").textContent = e.message;
    return;
  }
  const panel = $("node-panel");
  panel.hidden = false;
  $("node-name").textContent = n.node.name || localName(n.node.id);
  $("node-type").textContent = n.node.type || "node";
  $("node-type").style.background = colours[n.node.type] || "#6b7280";
  $("node-id").textContent = n.node.id;
  $("node-names").textContent = n.names && n.names.length ? "also: " + n.names.join(", ") : "";
  // Edges to named nodes are listed; those to nameless ones (statements)
  // are counted by type.
  const list = (edges, dir) => {
    const named = edges.filter((e) => e.node.name);
    const rest = {};
    for (const e of edges) if (!e.node.name) rest[e.node.type || "node"] = (rest[e.node.type || "node"] || 0) + 1;
    const items = named.map((e) => edgeItem(e, dir));
    for (const [type, k] of Object.entries(rest)) items.push(el("li", { class: "pred" }, k + " more from unnamed nodes (" + type + ")"));
    return items;
  };
  $("node-out").replaceChildren(...list(n.out, "out"));
  $("node-in").replaceChildren(...list(n.in, "in"));
  if (n.truncated) $("node-in").append(el("li", {}, "… more edges than shown"));

  if (fresh) cy.elements().remove();
  const name = n.node.name || localName(n.node.id);
  // A node drawn from a query result is keyed by its name; one drawn from a
  // look-up by its IRI.
  const key = !cy.getElementById(name).empty() ? name : n.node.id;
  addNode(key, name, n.node.type).data("iri", n.node.id);
  const entity = (o) => o.node.type && o.node.type !== "Statement" && o.node.type !== "Article" && o.node.name;
  const keyOf = (o) => (!cy.getElementById(o.node.name).empty() ? o.node.name : o.node.id);
  for (const e of n.out.filter(entity).slice(0, 40)) {
    addNode(keyOf(e), e.node.name, e.node.type).data("iri", e.node.id);
    addEdge(key, keyOf(e), localName(e.predicate));
  }
  for (const e of n.in.filter(entity).slice(0, 40)) {
    addNode(keyOf(e), e.node.name, e.node.type).data("iri", e.node.id);
    addEdge(keyOf(e), key, localName(e.predicate));
  }
  layout();
  cy.getElementById(key).select();
}

// A click on a drawn node shows its neighbourhood: nodes drawn from
// results are known by their name, so a name is looked up first.
cy.on("tap", "node", async (evt) => {
  const node = evt.target;
  cy.elements().unselect();
  node.select();
  let iri = node.data("iri") || (isIRI(node.id()) ? node.id() : "");
  if (!iri) {
    const label = node.data("full");
    $("search").value = label;
    const found = await search(label);
    const same = found.find((m) => (m.name || "").toLowerCase() === label.toLowerCase()) ||
      found.find((m) => (m.matched || []).some((x) => x.toLowerCase() === label.toLowerCase()));
    if (!same) {
      $("status").textContent = "no entity is named “" + short(label) + "”";
      return;
    }
    iri = same.id;
    node.data("iri", iri);
  }
  showNode(iri, false);
});

$("search-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const q = $("search").value.trim();
  if (q) search(q);
});

$("query-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const q = $("query").value;
  if (q.trim()) runQuery(q);
});

(async function loadExamples() {
  try {
    const { result } = await api("/api/examples");
    for (const ex of result) {
      $("examples").append(el("button", {
        type: "button", "data-name": ex.name, title: ex.name,
        onclick: () => { $("query").value = ex.query; runQuery(ex.query); },
      }, ex.title));
    }
  } catch (e) {
    $("status").textContent = e.message;
  }
})();
