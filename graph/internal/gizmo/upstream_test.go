package gizmo

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
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

// TestPatchIsCurrent applies gizmo.patch to upstream's files in the module
// cache and checks that the result is this folder's files byte for byte,
// so that the patch says exactly what was changed.
func TestPatchIsCurrent(t *testing.T) {
	fields := readUpstream(t)
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", fields["module"]).Output()
	if err != nil {
		t.Fatalf("go list -m %s: %v", fields["module"], err)
	}
	dir := filepath.Join(strings.TrimSpace(string(out)), filepath.FromSlash(fields["path"]))
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("upstream folder: %v", err)
	}
	patch, err := os.ReadFile("gizmo.patch")
	if err != nil {
		t.Fatal(err)
	}
	files := parsePatch(t, string(patch))
	upstream, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, up := range upstream {
		name := filepath.Base(up)
		orig, err := os.ReadFile(up)
		if err != nil {
			t.Fatal(err)
		}
		ours, err := os.ReadFile(name)
		if err != nil {
			t.Errorf("upstream's %s is missing here: %v", name, err)
			continue
		}
		got, err := applyHunks(string(orig), files[name])
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got != string(ours) {
			t.Errorf("%s differs from upstream with gizmo.patch applied: write the patch anew (see UPSTREAM)", name)
		}
		delete(files, name)
	}
	for name := range files {
		t.Errorf("gizmo.patch changes %s, which upstream does not have", name)
	}
}

// hunk is one hunk of a unified diff: where it starts in the old file
// (from 1) and its lines, each with its leading ' ', '-' or '+'.
type hunk struct {
	start int
	lines []string
}

// parsePatch returns the hunks of a git diff by base file name.
func parsePatch(t *testing.T, patch string) map[string][]hunk {
	t.Helper()
	files := make(map[string][]hunk)
	var cur string
	lines := strings.Split(patch, "\n")
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		switch {
		case strings.HasPrefix(l, "+++ b/"):
			cur = filepath.Base(strings.TrimPrefix(l, "+++ b/"))
		case strings.HasPrefix(l, "@@ -") && cur != "":
			var start, n, start2, n2 int
			if _, err := fmt.Sscanf(l, "@@ -%d,%d +%d,%d @@", &start, &n, &start2, &n2); err != nil {
				t.Fatalf("gizmo.patch: bad hunk header %q: %v", l, err)
			}
			h := hunk{start: start}
			for old, new := 0, 0; old < n || new < n2; i++ {
				if i+1 >= len(lines) {
					t.Fatalf("gizmo.patch: hunk %q ends early", l)
				}
				b := lines[i+1]
				if b == "" {
					b = " "
				}
				switch b[0] {
				case ' ':
					old++
					new++
				case '-':
					old++
				case '+':
					new++
				case '\\':
					continue
				default:
					t.Fatalf("gizmo.patch: bad line %q in hunk %q", b, l)
				}
				h.lines = append(h.lines, b)
			}
			files[cur] = append(files[cur], h)
		}
	}
	return files
}

// applyHunks applies hunks, in order, to text.
func applyHunks(text string, hunks []hunk) (string, error) {
	old := strings.SplitAfter(text, "\n")
	var out []string
	at := 0 // next line of old to copy, from 0
	for _, h := range hunks {
		if h.start-1 < at {
			return "", fmt.Errorf("hunk at line %d overlaps the one before", h.start)
		}
		out = append(out, old[at:h.start-1]...)
		at = h.start - 1
		for _, l := range h.lines {
			body := l[1:] + "\n"
			switch l[0] {
			case ' ', '-':
				if at >= len(old) || old[at] != body {
					return "", fmt.Errorf("hunk at line %d does not apply at line %d", h.start, at+1)
				}
				if l[0] == ' ' {
					out = append(out, body)
				}
				at++
			case '+':
				out = append(out, body)
			}
		}
	}
	out = append(out, old[at:]...)
	return strings.Join(out, ""), nil
}
