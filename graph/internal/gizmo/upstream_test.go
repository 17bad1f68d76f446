package gizmo

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/mod/modfile"
)

// TestUpstreamVersion fails when go.mod requires another version of Cayley
// than the one this folder was copied from: the copy and the rest of
// Cayley the program links must be of one release.
func TestUpstreamVersion(t *testing.T) {
	fields := readUpstream(t)
	path := filepath.Join("..", "..", "..", "go.mod")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	mf, err := modfile.ParseLax(path, data, nil)
	if err != nil {
		t.Fatal(err)
	}
	var required string
	for _, r := range mf.Require {
		if r.Mod.Path == fields["module"] {
			required = r.Mod.Version
		}
	}
	for _, r := range mf.Replace {
		if r.Old.Path == fields["module"] {
			t.Errorf("go.mod replaces %s: UPSTREAM cannot say which code it is", r.Old.Path)
		}
	}
	if required == "" {
		t.Fatalf("go.mod does not require %s, the module UPSTREAM names", fields["module"])
	}
	if required != fields["version"] {
		t.Errorf("go.mod requires %s %s but this folder is a copy of %s (UPSTREAM): copy the new upstream files and apply gizmo.patch, or keep the versions equal",
			fields["module"], required, fields["version"])
	}
}

// readUpstream returns the "key: value" lines at the top of UPSTREAM.
func readUpstream(t *testing.T) map[string]string {
	t.Helper()
	f, err := os.Open("UPSTREAM")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fields := make(map[string]string)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok || strings.Contains(k, " ") {
			break
		}
		fields[k] = strings.TrimSpace(v)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if fields["module"] == "" || fields["version"] == "" {
		t.Fatalf("UPSTREAM names no module and version: %v", fields)
	}
	return fields
}
