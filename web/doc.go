// Package web serves a statekg graph over HTTP: Cayley v0.7.7's query API,
// JSON look-ups of entities by name, of their cards and the evidence of
// their edges, and of a node's neighbourhood, and a
// page to explore the graph, all from one http.Handler made by New.
//
// The query API is Cayley's own, so Cayley's clients work against it:
//
//	POST /api/v2/query?lang=gizmo       body: the query; {"result": [...]} or {"error": "..."}
//	GET  /api/v2/query?lang=gizmo&qu=Q  the same, the query in the URL
//	POST /api/v1/query/gizmo[?limit=N]  the same, Cayley's first API
//	POST /api/v2/write                  N-Quads body, only when Options.Writable
//	POST /api/v2/delete                 N-Quads body, only when Options.Writable
//
// Three differences from stock Cayley: a script whose last expression has a
// value (`g.V().All(); 42`) gets no trailing null result for it, as
// graph.Store.Query leaves that value out; an object given to g.Emit keeps
// its keys in the order the query set them (stock Cayley sorts them; the
// values are the same); and results are always Cayley's JSON, never
// JSON-LD (an Accept: application/ld+json header is ignored).
// Write and delete read N-Quads whatever the Content-Type says.
//
// and statekg's look-ups, each answering {"result": ...} or {"error": "..."}:
//
//	GET /api/search?q=TEXT[&limit=N]    entities with a name containing TEXT
//	GET /api/card?id=<IRI>[&since=DATE&until=DATE]
//	                                    an entity's card (graph.Store.Card)
//	GET /api/why?s=<IRI>&p=PREDICATE&o=<IRI>|TEXT[&since=DATE&until=DATE]
//	                                    the evidence of an edge (graph.Store.Why),
//	                                    and "articles": each cited article's IRI
//	GET /api/node?id=<IRI>[&limit=N]    a node's type, names and edges in and out
//	GET /api/examples                   the example queries the page offers
//
// The page (GET /) and its assets are embedded in the program; the script
// that draws graphs is bundled from npm packages by build.sh ahead of time,
// so nothing is fetched from elsewhere when the page runs.
//
// Every limit of Options holds for every request: the size of a request
// body (413 beyond it), the time a query may take (503 and an error beyond
// it), the number of results (the rest are cut, and the response says so
// in its X-Statekg-Truncated header) and the size of a query's results
// (507 beyond it). A handler with a Token refuses any request to /api/
// without "Authorization: Bearer TOKEN" (401).
package web
