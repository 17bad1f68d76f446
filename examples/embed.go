// Package examples holds the example articles and queries a newcomer runs
// first, and embeds the queries so that programs (statekg serve) can offer
// them without the checkout.
package examples

import "embed"

// Queries holds the example Gizmo queries, queries/*.js.
//
//go:embed queries/*.js
var Queries embed.FS
