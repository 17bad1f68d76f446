package newsgen

import (
	"math/rand/v2"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// stateWords matches, as whole words, the names, demonyms, capitals and
// short forms of the states the generator knows, longest first.
var stateWords = sync.OnceValue(func() *regexp.Regexp {
	var words []string
	for _, s := range states {
		for _, w := range []string{s.name, s.demonym, s.capital, s.short} {
			if w != "" {
				words = append(words, regexp.QuoteMeta(w))
			}
		}
	}
	sort.Slice(words, func(i, j int) bool { return len(words[i]) > len(words[j]) })
	return regexp.MustCompile(`\b(?:` + strings.Join(words, "|") + `)\b`)
})

// Vary returns text with the states it names swapped for others, the
// same way throughout the text, as the i-th variant: the same seed, text
// and i always give the same text. A state's name, demonym, capital and
// short form become the other state's (its name where it has no capital
// or short form); a state written with "the" is swapped only for another
// such state, so that the sentence still reads. Variants of one text are
// distinct articles about different states, for a corpus of any size
// made from a few real texts.
func (g *Generator) Vary(text string, i int) string {
	r := rand.New(rand.NewPCG(uint64(g.seed)^0x5eed, uint64(i)))
	var plain, the []int
	for k, s := range states {
		if s.the {
			the = append(the, k)
		} else {
			plain = append(plain, k)
		}
	}
	to := make([]int, len(states))
	for _, group := range [][]int{plain, the} {
		perm := r.Perm(len(group))
		for k, from := range group {
			to[from] = group[perm[k]]
		}
	}
	form := make(map[string]string)
	for k, s := range states {
		t := states[to[k]]
		or := func(w, alt string) string {
			if w != "" {
				return w
			}
			return alt
		}
		form[s.demonym] = t.demonym
		form[s.name] = t.name // over a demonym written the same
		if s.capital != "" {
			form[s.capital] = or(t.capital, t.name)
		}
		if s.short != "" {
			form[s.short] = or(t.short, t.name)
		}
	}
	return stateWords().ReplaceAllStringFunc(text, func(w string) string {
		if v, ok := form[w]; ok {
			return v
		}
		return w
	})
}
