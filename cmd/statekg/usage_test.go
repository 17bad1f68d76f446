package main

import (
	"io"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
)

func TestFormatVersion(t *testing.T) {
	tail := ", go1.99 " + runtime.GOOS + "/" + runtime.GOARCH
	for _, tc := range []struct {
		bi   debug.BuildInfo
		want string
	}{
		{debug.BuildInfo{GoVersion: "go1.99", Main: debug.Module{Version: "v1.2.3"}}, "v1.2.3" + tail},
		{debug.BuildInfo{GoVersion: "go1.99", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs", Value: "git"},
			{Key: "vcs.revision", Value: "f15f9eb0c0ffee"},
			{Key: "vcs.time", Value: "2026-12-01T21:00:00Z"},
			{Key: "vcs.modified", Value: "true"},
		}}, "(devel), revision f15f9eb0c0ffee (2026-12-01T21:00:00Z, modified)" + tail},
		{debug.BuildInfo{GoVersion: "go1.99", Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "abc"},
			{Key: "vcs.modified", Value: "false"},
		}}, "(devel), revision abc" + tail},
	} {
		if got := formatVersion(&tc.bi); got != tc.want {
			t.Errorf("formatVersion = %q, want %q", got, tc.want)
		}
	}
}

func TestPermuteArgs(t *testing.T) {
	app := newApp(strings.NewReader(""), io.Discard, io.Discard)
	for _, tc := range []struct{ in, want string }{
		{"statekg build a.txt --db x.db", "statekg build --db x.db -- a.txt"},
		{"statekg build --db x.db a.txt", "statekg build --db x.db -- a.txt"},
		{"statekg build a.txt --bloom b.txt --workers=2", "statekg build --bloom --workers=2 -- a.txt b.txt"},
		{"statekg build a.txt -- --db", "statekg build -- a.txt --db"},
		{"statekg build a.txt --nope x", "statekg build --nope -- a.txt x"},
		{"statekg query -f q.js --limit -1", "statekg query -f q.js --limit -1"},
		{"statekg build - --quiet", "statekg build --quiet -- -"},
		{"statekg --help", "statekg --help"},
		{"statekg frobnicate --db x", "statekg frobnicate --db x"},
		{"statekg build --d --generate-bash-completion", "statekg build --d --generate-bash-completion"},
	} {
		got, err := permuteArgs(app, strings.Fields(tc.in))
		if err != nil {
			t.Errorf("%s: %v", tc.in, err)
			continue
		}
		if want := strings.Fields(tc.want); !slices.Equal(got, want) {
			t.Errorf("%s\n got %q\nwant %q", tc.in, got, want)
		}
	}
	if _, err := permuteArgs(app, strings.Fields("statekg build a.txt --db")); err == nil ||
		err.Error() != "build: --db needs a value" {
		t.Errorf("a value flag at the end: error %v", err)
	}
}
