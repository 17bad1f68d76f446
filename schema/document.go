package schema

import (
	"crypto/sha256"
	"encoding/hex"
)

// Article is one news article. Text is the whole text the extractor reads,
// headline included; every Span of the article's Document points into it.
type Article struct {
	ID     string // stable id: the one given with the article, else ContentID(Text)
	URL    string // where the article was published, if known
	Title  string // headline, if known
	Date   string // publication date as given, if known
	Text   string
	Source string // file (and line) it was read from, if any
}

// ContentID returns the id derived from an article's text: the first 16 hex
// digits of its SHA-256.
func ContentID(text string) string {
	return ContentHash(text)[:16]
}

// ContentHash returns the hex SHA-256 of text.
func ContentHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// Span is a half-open range of byte offsets into an article's text.
type Span struct {
	Start, End int
}

// Mention is one surface form of an entity in the text.
type Mention struct {
	Text string
	Span Span
}

// Ref names an entity by type and canonical name; the pair is the entity's
// identity, here and in the graph.
type Ref struct {
	Type Type
	Name string
}

// Entity is an entity named by an article.
type Entity struct {
	Type     Type
	Name     string    // canonical name
	Mentions []Mention // every surface form, in text order
	Wikidata string    // Wikidata id ("Q423"), if known
}

// Ref returns the entity's reference.
func (e *Entity) Ref() Ref { return Ref{Type: e.Type, Name: e.Name} }

// Claim is one relation read from a sentence, plain or not. Object is the
// zero Ref when the predicate takes a literal (position), which is then in
// Literal.
type Claim struct {
	Subject   Ref
	Predicate Predicate
	Object    Ref
	Literal   string
	Polarity  Polarity
	Modality  Modality
	Claimant  *Ref // who makes the claim, where the text names one
	Sentence  Span // the sentence the claim was read from
}

// Plain reports whether the claim is an asserted, stated relation: only
// those become edges of the graph.
func (c *Claim) Plain() bool {
	return c.Polarity != Negated && c.Modality != Hedged
}

// Document is what the extractor reads from one article.
type Document struct {
	Article  Article
	Entities []Entity
	Claims   []Claim
}

// Entity returns the document's entity with reference r, or nil.
func (d *Document) Entity(r Ref) *Entity {
	for i := range d.Entities {
		if d.Entities[i].Type == r.Type && d.Entities[i].Name == r.Name {
			return &d.Entities[i]
		}
	}
	return nil
}

// SentenceText returns the text of a claim's sentence.
func (d *Document) SentenceText(c *Claim) string {
	s := c.Sentence
	if s.Start < 0 || s.End > len(d.Article.Text) || s.Start > s.End {
		return ""
	}
	return d.Article.Text[s.Start:s.End]
}
