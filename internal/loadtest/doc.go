// Package loadtest drives a statekg server with concurrent clients, each
// sending a mix of Gizmo queries (Cayley's /api/v2/query) and look-ups by
// name (/api/search) for a given time, and reports the errors and the
// latencies it saw.
package loadtest
