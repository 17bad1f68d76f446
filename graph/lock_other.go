//go:build !unix

package graph

// checkUnlocked does nothing where flock is not available.
func checkUnlocked(string) error { return nil }
