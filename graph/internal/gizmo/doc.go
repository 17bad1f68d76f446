// Package gizmo is the Gizmo query language of Cayley v0.7.7
// (github.com/cayleygraph/cayley/query/gizmo, Apache License 2.0, copyright
// The Cayley Authors), with a small patch so that a query can never crash
// the program that runs it and never outlives its results:
//
//   - arguments of the wrong type (a number where a tag or a predicate is
//     expected) are a JavaScript error of the query instead of a Go panic;
//   - any other Go panic while a query runs is returned by the result
//     iterator's Err;
//   - stopping a query (Close, or Next returning on a done context) returns
//     only once the script's goroutine has ended, so the quad store may be
//     closed right after;
//   - a script stops once it has sent as many results as its limit;
//   - the package registers nothing: sessions are made with NewSession.
//
// UPSTREAM names the module and version, gizmo.patch is the patch with the
// reason for each hunk. The language, its results and their JSON form are
// Cayley's own.
package gizmo
