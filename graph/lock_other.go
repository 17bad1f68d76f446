//go:build !unix

package graph

// checkUnlocked does nothing where flock is not available.
func checkUnlocked(string, bool) error { return nil }

// isLockError knows no lock errors where flock is not available.
func isLockError(error) bool { return false }
