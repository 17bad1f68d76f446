package extract

import (
	"context"
	"fmt"
	"strings"

	"github.com/statekg/statekg/extract/syntax"
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
	stateByKey map[string]*stateInfo          // canonical name or alpha-3 -> state
	parser     func() (*syntax.Parser, error) // the tagger and dependency parser, read on first use
}

// New returns an Extractor with the built-in lexicons and cfg's actors.
func New(cfg Config) (*Extractor, error) {
	lex, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	x := &Extractor{lex: lex, tok: wordTokenizer{}, stateByKey: map[string]*stateInfo{}, parser: syntax.Default}
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

// Extract reads one article into a document. An empty or odd text gives
// a document with fewer entities and claims, not an error. Extract stops
// soon after ctx ends and returns an error wrapping ctx.Err(); a defect of
// the extractor is returned as an error naming the article. It may be
// called from several goroutines at once.
func (x *Extractor) Extract(ctx context.Context, a schema.Article) (doc *schema.Document, err error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("extract %s: %w", articleName(a), err)
	}
	defer func() {
		if r := recover(); r != nil {
			// the analysis may be half-changed: it is dropped
			doc, err = nil, fmt.Errorf("extract %s: internal error: %v", articleName(a), r)
		}
	}()
	an := newAnalysis(x, a.Text)
	an.ctx = ctx
	an.run()
	if an.err != nil {
		return nil, fmt.Errorf("extract %s: %w", articleName(a), an.err)
	}
	doc = &schema.Document{Article: a}
	an.fill(doc)
	return doc, nil
}

// articleName names an article in messages: its id, or else its source.
func articleName(a schema.Article) string {
	switch {
	case a.ID != "":
		return a.ID
	case a.Source != "":
		return a.Source
	}
	return "article"
}
