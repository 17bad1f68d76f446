package extract

import (
	"fmt"
	"strings"

	"github.com/statekg/statekg/schema"
)

// Config configures an Extractor.
type Config struct {
	// Actors extend the built-in gazetteers; an actor whose name or alias
	// is already known takes its place.
	Actors []Actor
}

// Extractor reads articles into documents. It is safe for concurrent use.
type Extractor struct {
	lex        *lexicon
	tok        tokenizer
	split      sentenceSplitter
	gaz        *gazetteer
	stateByKey map[string]*stateInfo // canonical name or alpha-3 -> state
}

// New returns an Extractor with the built-in lexicons and cfg's actors.
func New(cfg Config) (*Extractor, error) {
	lex, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	x := &Extractor{lex: lex, tok: pooledTokenizer{}, stateByKey: map[string]*stateInfo{}}
	abbrev := map[string]bool{}
	for w := range lex.words["abbrev"] {
		abbrev[w] = true
	}
	x.split = ruleSplitter{Abbrev: abbrev}
	for i := range lex.states {
		s := &lex.states[i]
		x.stateByKey[s.code] = s
		x.stateByKey[s.name] = s
	}
	x.gaz = newGazetteer(x.tok)
	x.gaz.addLexicon(lex, x.stateByKey)
	for i, a := range cfg.Actors {
		if strings.TrimSpace(a.Name) == "" {
			return nil, fmt.Errorf("actor %d: empty name", i+1)
		}
		if _, err := schema.ParseType(string(a.Type)); err != nil {
			return nil, fmt.Errorf("actor %q: %w", a.Name, err)
		}
		state := ""
		if a.State != "" {
			s, ok := x.stateByKey[a.State]
			if !ok {
				return nil, fmt.Errorf("actor %q: unknown state %q", a.Name, a.State)
			}
			state = s.name
		}
		x.gaz.addActor(a, state)
	}
	x.gaz.freeze()
	return x, nil
}

// Extract reads one article. It never fails: an empty or odd text gives a
// document with fewer entities and claims. It may be called from several
// goroutines at once.
func (x *Extractor) Extract(a schema.Article) *schema.Document {
	doc := &schema.Document{Article: a}
	an := newAnalysis(x, a.Text)
	an.run()
	an.fill(doc)
	an.release()
	return doc
}
