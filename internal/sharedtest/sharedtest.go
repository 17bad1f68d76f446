package sharedtest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// EnvDir names the environment variable that overrides where the shared
// folder is.
const EnvDir = "STATEKG_SHARED"

// Root returns the shared folder's path and whether it exists. It is
// STATEKG_SHARED when set, and otherwise the folder named shared beside the
// repository's checkout.
func Root() (string, bool) {
	dir := os.Getenv(EnvDir)
	if dir == "" {
		_, file, _, ok := runtime.Caller(0)
		if !ok {
			return "", false
		}
		// file is <checkout>/internal/sharedtest/sharedtest.go.
		dir = filepath.Join(filepath.Dir(file), "..", "..", "..", "shared")
	}
	dir = filepath.Clean(dir)
	fi, err := os.Stat(dir)
	return dir, err == nil && fi.IsDir()
}

// Dir returns the path of elem inside the shared folder. When the folder or
// elem is missing it skips the test, or fails it under STATEKG_CI=1.
func Dir(tb testing.TB, elem ...string) string {
	tb.Helper()
	root, ok := Root()
	path := filepath.Join(append([]string{root}, elem...)...)
	if ok {
		if _, err := os.Stat(path); err == nil {
			return path
		}
	}
	if os.Getenv("STATEKG_CI") == "1" {
		tb.Fatalf("STATEKG_CI=1 but the shared data %s is missing", path)
	}
	tb.Skipf("no shared data at %s", path)
	return ""
}
