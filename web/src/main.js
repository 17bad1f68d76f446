// The page of statekg serve: look-ups by name, Gizmo queries with the
// example queries one click away, results as a table and as a graph, and
// the card of an entity found or clicked, with the evidence of its edges. build.sh bundles this file
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
  maxZoom: 1.6,
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

// layout places the nodes; without randomize it starts from where they
// are, so a graph that grows keeps its shape.
function layout(randomize = true) {
  cy.layout({
    name: "cose", animate: false, randomize, padding: 24, fit: true,
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
      list.append(el("li", { "data-id": m.id, onclick: () => showCard(m.id, true) },
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

// The parts of a page an entity's card is built from.
const badge = (type) => el("span", { class: "type", style: "background:" + (colours[type] || "#6b7280") }, type || "node");
const bare = (iri) => String(iri || "").replace(/^<|>$/g, "");
const nameOf = (e) => e.name || (e.iri ? localName(e.iri) : "");

// entityLink names an entity; a click shows its card.
function entityLink(e) {
  if (!e.iri) return el("span", { class: "literal" }, e.name);
  return el("a", { class: "entity", "data-iri": bare(e.iri), onclick: (ev) => { ev.stopPropagation(); showCard(e.iri, false); } }, nameOf(e));
}

const plural = (n, word) => n + " " + word + (n === 1 ? "" : "s");

// articleLink links an article: to its URL when it has one (http or
// https), otherwise to a query that lists the article's statements.
function articleLink(ev, iri) {
  const label = ev.headline || ev.article;
  // Only a web address is a link: an article's url comes from its source.
  if (/^https?:\/\//i.test(ev.url || "")) return el("a", { class: "article", href: ev.url, target: "_blank", rel: "noopener noreferrer" }, label);
  return el("a", { class: "article", title: "run a query listing the article's statements", onclick: () => showArticle(iri) }, label);
}

// showArticle runs the example query of one article's statements for the
// article iri.
function showArticle(iri) {
  const ex = examplesByName["article.js"];
  if (!ex || !iri) return;
  const q = ex.query.replace(/^var article = .*$/m, "var article = " + JSON.stringify(iri) + ";");
  $("query").value = q;
  runQuery(q);
}

function evidenceItem(ev, articles) {
  const tags = [];
  if (ev.polarity === "negated") tags.push("negated");
  if (ev.modality === "hedged") tags.push("hedged");
  return el("li", { class: "evidence" },
    el("div", { class: "meta" }, ev.date ? ev.date + " · " : "", articleLink(ev, articles[ev.article]),
      tags.length ? el("span", { class: "tag" }, " " + tags.join(", ") + " " + ev.predicate) : ""),
    el("blockquote", { class: "sentence" }, ev.sentence),
    ev.claimant ? el("div", { class: "claimant" }, "claimed by ", entityLink(ev.claimant)) : "");
}

// showWhy opens, under an edge row of the card, the sentences that support
// the edge and the negated and hedged statements about the pair.
async function showWhy(row, s, pred, o) {
  const open = row.querySelector(".why");
  if (open) {
    open.remove();
    return;
  }
  const box = el("div", { class: "why" }, "reading the evidence…");
  row.append(box);
  const p = periodParams();
  try {
    const { result } = await api("/api/why?s=" + encodeURIComponent(s) + "&p=" + encodeURIComponent(pred) +
      "&o=" + encodeURIComponent(o) + p);
    const items = result.support.map((ev) => evidenceItem(ev, result.articles));
    box.replaceChildren(
      el("div", { class: "pred" }, plural(result.support.length, "supporting statement")),
      el("ul", {}, ...items));
    if (result.contrary.length) {
      box.append(el("div", { class: "pred" }, "negated or hedged about the pair: " + result.contrary.length),
        el("ul", { class: "contrary" }, ...result.contrary.map((ev) => evidenceItem(ev, result.articles))));
    }
  } catch (e) {
    box.textContent = e.message;
  }
}

// linkRow is one edge of the card: a click opens its evidence.
function linkRow(card, l) {
  const out = !l.inward;
  const s = out ? card.iri : l.other.iri;
  const o = out ? (l.other.iri || l.other.name) : card.iri;
  const row = el("li", { class: "link", "data-predicate": l.predicate, "data-other": bare(l.other.iri) || l.other.name, title: "show the evidence" },
    entityLink(l.other), l.other.type ? " " : "", l.other.type ? badge(l.other.type) : "",
    el("span", { class: "count" }, " " + plural(l.articles, "article")));
  row.addEventListener("click", (ev) => {
    if (ev.target.closest(".why") || ev.target.closest("a")) return;
    showWhy(row, s, l.predicate, o);
  });
  return row;
}

function linkList(card, title, links) {
  if (!links || links.length === 0) return [];
  return [el("h3", {}, title), el("ul", { class: "links" }, ...links.map((l) => linkRow(card, l)))];
}

function groupList(card, title, groups, inward) {
  if (groups.length === 0) return [];
  const out = [el("h3", {}, title)];
  for (const g of groups) {
    const n = g.links.reduce((k, l) => k + l.articles, 0);
    out.push(el("div", { class: "group" },
      el("div", { class: "pred" }, (inward ? "← " : "") + g.predicate + " (" + plural(g.links.length, "edge") + ", " + plural(n, "article") + ")"),
      el("ul", { class: "links", "data-predicate": g.predicate }, ...g.links.map((l) => linkRow(card, l)))));
  }
  return out;
}

function periodParams() {
  const since = $("since").value, until = $("until").value;
  return (since ? "&since=" + since : "") + (until ? "&until=" + until : "");
}

let cardIRI = "";

// showCard shows the entity's card in the panel and draws its edges in the
// graph around it (replacing the graph when fresh is set).
async function showCard(iri, fresh) {
  let c;
  try {
    c = (await api("/api/card?id=" + encodeURIComponent(iri) + periodParams())).result;
  } catch (e) {
    $("status").textContent = e.message;
    return;
  }
  cardIRI = c.iri;
  $("status").textContent = "";
  $("card").hidden = false;
  $("card-hint").hidden = true;
  $("card-name").textContent = nameOf(c);
  $("card-type").replaceChildren(badge(c.type));
  $("card-wikidata").replaceChildren(c.wikidata ?
    el("a", { href: "https://www.wikidata.org/wiki/" + encodeURIComponent(c.wikidata), target: "_blank", rel: "noopener noreferrer" }, c.wikidata) : "");
  $("card-id").textContent = c.iri;
  $("card-names").textContent = c.names && c.names.length ? "also: " + c.names.join(", ") : "";
  $("card-articles").textContent = "mentioned in " + plural(c.articles, "article");
  $("card-body").replaceChildren(
    ...linkList(c, "Positions", c.positions),
    ...linkList(c, "Serves", c.serves),
    ...linkList(c, "Officials", c.officials),
    ...linkList(c, "Incidents", c.incidents),
    ...groupList(c, "Edges out", c.out, false),
    ...groupList(c, "Edges in", c.in, true),
    c.out.length + c.in.length === 0 ? el("p", { class: "pred" }, "no edge in this period") : "");
  drawCard(c, fresh);
}

// drawCard draws the entity and the entities its edges reach. A node drawn
// from a query result is keyed by its name, one drawn from a card by its
// IRI in N-Quads form.
function drawCard(c, fresh) {
  if (fresh) cy.elements().remove();
  const keyOf = (e) => (!cy.getElementById(nameOf(e)).empty() ? nameOf(e) : "<" + bare(e.iri) + ">");
  const key = keyOf(c);
  const centre = addNode(key, nameOf(c), c.type);
  centre.data("iri", bare(c.iri));
  const at = { ...centre.position() };
  let k = 0;
  for (const [groups, inward] of [[c.out, false], [c.in, true]]) {
    for (const g of groups) {
      for (const l of g.links) {
        if (!l.other.iri || k++ >= 80) continue;
        const other = keyOf(l.other);
        const fresh = cy.getElementById(other).empty();
        const n = addNode(other, nameOf(l.other), l.other.type);
        n.data("iri", bare(l.other.iri));
        if (fresh) n.position({ x: at.x + 30 * Math.cos(k), y: at.y + 30 * Math.sin(k) });
        if (inward) addEdge(other, key, g.predicate);
        else addEdge(key, other, g.predicate);
      }
    }
  }
  layout(fresh || cy.nodes().length < 3);
  cy.elements().unselect();
  cy.getElementById(key).select();
}

// A click on a drawn node shows its card: nodes drawn from results are
// known by their name, so a name is looked up first.
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
  showCard(iri, false);
});

for (const id of ["since", "until"]) {
  $(id).addEventListener("change", () => { if (cardIRI) showCard(cardIRI, true); });
}

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

const examplesByName = {};
(async function loadExamples() {
  try {
    const { result } = await api("/api/examples");
    for (const ex of result) {
      examplesByName[ex.name] = ex;
      $("examples").append(el("button", {
        type: "button", "data-name": ex.name, title: ex.name,
        onclick: () => { $("query").value = ex.query; runQuery(ex.query); },
      }, ex.title));
    }
  } catch (e) {
    $("status").textContent = e.message;
  }
})();
