package extract

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/statekg/statekg/schema"
)

// TestFrames runs the patterns of testdata/frames/frames.tsv, each by its
// name: every sentence must give the claims its line lists.
func TestFrames(t *testing.T) {
	x, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/frames/frames.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("%q: %d columns, want 3", line, len(cols))
		}
		n++
		name, text, claims := cols[0], cols[1], cols[2]
		t.Run(name, func(t *testing.T) {
			d, err := x.Extract(t.Context(), schema.Article{ID: name, Text: text})
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range strings.Split(claims, ";") {
				f := strings.Split(c, "|")
				if len(f) != 4 {
					t.Fatalf("claim %q: want subject|predicate|object|how", c)
				}
				p, err := schema.ParsePredicate(f[1])
				if err != nil {
					t.Fatal(err)
				}
				plain := hasRel(d, f[0], p, f[2], true)
				switch f[3] {
				case "plain":
					if !plain {
						t.Errorf("no plain %s %s %s in %q; claims %v", f[0], f[1], f[2], text, d.Claims)
					}
				case "negated", "hedged":
					held := false
					for _, c := range d.Claims {
						if c.Subject.Name == f[0] && c.Predicate == p && strings.EqualFold(c.Object.Name, f[2]) &&
							(f[3] == "negated" && c.Polarity == schema.Negated || f[3] == "hedged" && c.Modality == schema.Hedged) {
							held = true
						}
					}
					if !held || plain {
						t.Errorf("want %s %s %s %s only (found so: %v, plain: %v) in %q", f[0], f[1], f[2], f[3], held, plain, text)
					}
				case "none":
					if plain {
						t.Errorf("plain %s %s %s read from %q", f[0], f[1], f[2], text)
					}
				default:
					t.Fatalf("claim %q: unknown how %q", c, f[3])
				}
			}
		})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no patterns")
	}
}
