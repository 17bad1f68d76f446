package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/statekg/statekg/internal/sharedtest"
)

var update = flag.Bool("update", false, "rewrite testdata/want.tsv")

// TestRun writes the triggers of a small dictionary: the verb coded for two
// predicates is left out, a code excluded by the map gives nothing, and a
// pattern gives a trigger for the verb its comment names.
func TestRun(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out.tsv")
	if err := run("testdata/dict.txt", "testdata/map.tsv", out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("testdata/want.tsv", got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("testdata/want.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestRunBadMap(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "map.tsv")
	if err := os.WriteFile(bad, []byte("111\tcondemns\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run("testdata/dict.txt", bad, filepath.Join(t.TempDir(), "out.tsv")); err == nil {
		t.Error("a map line without a frame was accepted")
	}
}

func TestLookup(t *testing.T) {
	rules := []rule{{prefix: "11", pred: "condemns", frame: "obj"}, {prefix: "112", pred: "blames", frame: "obj"}, {prefix: "1121", pred: "-"}}
	for code, want := range map[string]string{"110": "condemns", "112": "blames", "1123": "blames", "1121": "", "042:043": "", "---": ""} {
		r, ok := lookup(rules, code)
		if got := map[bool]string{true: r.pred, false: ""}[ok]; got != want {
			t.Errorf("lookup(%s) = %q, want %q", code, got, want)
		}
	}
}

// TestShippedUpToDate regenerates cameo-verbs.tsv from PETRARCH2's
// dictionary and compares it with the committed file.
func TestShippedUpToDate(t *testing.T) {
	dir := sharedtest.Dir(t, "petrarch")
	out := filepath.Join(t.TempDir(), "cameo-verbs.tsv")
	if err := run(filepath.Join(dir, "CAMEO.2.0.txt"), "../cameo-map.tsv", out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../cameo-verbs.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Error("extract/lexicon/cameo-verbs.tsv is not what cameo-map.tsv gives: run go run ./extract/lexicon/cameo")
	}
}
