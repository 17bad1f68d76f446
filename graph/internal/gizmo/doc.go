// Package gizmo is the Gizmo query language of Cayley v0.7.7
// (github.com/cayleygraph/cayley/query/gizmo, Apache License 2.0, copyright
// The Cayley Authors), with three changes so that a query can never crash
// the program that runs it:
//
//   - arguments of the wrong type (a number where a tag or a predicate is
//     expected) are a JavaScript error of the query instead of a Go panic;
//   - any other Go panic while a query runs is returned by the result
//     iterator's Err;
//   - the package registers nothing: sessions are made with NewSession.
//
// The language, its results and their JSON form are Cayley's own.
package gizmo
