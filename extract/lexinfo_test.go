package extract

import (
	"slices"
	"testing"

	"github.com/statekg/statekg/internal/newsgen"
)

// TestTokenIndexes checks the per-token reads of the lexicon against the
// lexicon itself.
func TestTokenIndexes(t *testing.T) {
	x, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	g := newsgen.New(9)
	texts := []string{"The DPRK’s Foreign Ministry SAID the “hack” was not its doing; ANALYTICS firm Élan said so.",
		"WannaCry and WANNACRY, NotPetya and notpetya hit Sony."}
	for i := 0; i < 5; i++ {
		texts = append(texts, g.Article(i).Text)
	}
	classes := []string{"no such class"}
	for c := range x.lex.words {
		classes = append(classes, c)
	}
	for _, text := range texts {
		an := newAnalysis(x, text)
		for k := range an.toks {
			for _, c := range classes {
				if got, want := an.lowWord(c, k), x.lex.word(c, an.low[k]); got != want {
					t.Fatalf("lowWord(%q, %q) = %v, want %v", c, an.low[k], got, want)
				}
				if got, want := an.textWord(c, k), x.lex.word(c, an.toks[k].Text); got != want {
					t.Fatalf("textWord(%q, %q) = %v, want %v", c, an.toks[k].Text, got, want)
				}
			}
			if got, want := len(an.triggersAt(k)), len(x.lex.trigIndex[an.low[k]]); got != want {
				t.Fatalf("triggersAt(%q): %d triggers, want %d", an.low[k], got, want)
			}
			if got, want := an.incNounAt(k), x.lex.incNoun[an.low[k]]; got != want {
				t.Fatalf("incNounAt(%q) = %q, want %q", an.low[k], got, want)
			}
			if got, want := an.titleAt(k), x.lex.titles[an.low[k]]; got != want {
				t.Fatalf("titleAt(%q) = %q, want %q", an.low[k], got, want)
			}
			var named, want []int
			for _, ni := range an.namedAt(k) {
				if x.lex.namedToks[ni][0] == an.toks[k].Text {
					named = append(named, ni)
				}
			}
			for ni, f := range x.lex.namedToks {
				if f[0] == an.toks[k].Text {
					want = append(want, ni)
				}
			}
			if !slices.Equal(named, want) {
				t.Fatalf("namedAt(%q) gives %v, want %v", an.toks[k].Text, named, want)
			}
			if got, want := an.topicHeadAt(k), x.lex.topicHead[an.low[k]]; got != want {
				t.Fatalf("topicHeadAt(%q) = %v, want %v", an.low[k], got, want)
			}
		}
	}
}
