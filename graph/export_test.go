package graph

import cgraph "github.com/cayleygraph/cayley/graph"

// QuadStoreOf gives the tests of package graph_test the Cayley store under
// s, to compare statekg with Cayley's own API on the same quads.
func QuadStoreOf(s *Store) cgraph.QuadStore { return s.qs }

// ReaderOf gives the tests the Cayley store as queries read it.
func ReaderOf(s *Store) cgraph.QuadStore { return s.read }
