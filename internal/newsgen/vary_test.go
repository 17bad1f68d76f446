package newsgen

import (
	"strings"
	"testing"
)

func TestVary(t *testing.T) {
	g := New(1)
	const text = "North Korea denied it. North Korean hackers, Pyongyang said, never worked for the United States or for Japan.\nJapan blamed North Korea."
	a, b := g.Vary(text, 1), g.Vary(text, 1)
	if a != b {
		t.Fatalf("two calls differ:\n%s\n%s", a, b)
	}
	if a == text {
		t.Fatalf("nothing swapped: %s", a)
	}
	if strings.Contains(a, "North Korea") && strings.Count(a, "North Korea") != 3 {
		t.Errorf("North Korea swapped in some places and not others: %s", a)
	}
	seen := map[string]bool{}
	for i := 0; i < 20; i++ {
		v := g.Vary(text, i)
		seen[v] = true
		// The same state is the same other state throughout the text:
		// the first and the last sentence name the same two.
		first, last := v[:strings.Index(v, " denied")], v[strings.LastIndex(v, "blamed ")+len("blamed "):len(v)-1]
		if first != last {
			t.Errorf("variant %d: %q then %q for one state: %s", i, first, last, v)
		}
		// "the United States" stays a state written with "the".
		k := strings.Index(v, "for the ")
		if k < 0 {
			t.Fatalf("variant %d lost its \"the\": %s", i, v)
		}
		rest := v[k+len("for the "):]
		ok := false
		for _, s := range states {
			if s.the && strings.HasPrefix(rest, s.name+" ") {
				ok = true
			}
		}
		if !ok {
			t.Errorf("variant %d: \"the\" before a state that takes none: %s", i, v)
		}
	}
	if len(seen) < 15 {
		t.Errorf("only %d distinct texts in 20 variants", len(seen))
	}
	// Words inside other words are not names.
	if got := g.Vary("Chinaware and Iranians", 3); got != "Chinaware and Iranians" {
		t.Errorf("swapped inside words: %s", got)
	}
}
