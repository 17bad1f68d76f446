package examples

import "embed"

// Queries holds the example Gizmo queries, queries/*.js.
//
//go:embed queries/*.js
var Queries embed.FS
