package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDirFindsOverride(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "eval"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv(EnvDir, dir)
	if got := Dir(t, "eval"); got != filepath.Join(dir, "eval") {
		t.Fatalf("Dir = %q, want %q", got, filepath.Join(dir, "eval"))
	}
	if root, ok := Root(); !ok || root != dir {
		t.Fatalf("Root = %q, %v", root, ok)
	}
}

func TestRootMissing(t *testing.T) {
	t.Setenv(EnvDir, filepath.Join(t.TempDir(), "absent"))
	if _, ok := Root(); ok {
		t.Fatal("Root reports a missing folder as present")
	}
}
