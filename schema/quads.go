package schema

import (
	"sort"
	"strconv"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// XML Schema datatypes of the literals the vocabulary writes, as full IRIs
// (quad.Int would be written with the prefixed datatype <schema:Integer>,
// which RDF parsers read as an IRI of the unknown scheme "schema").
const (
	XSDNS      quad.IRI = "http://www.w3.org/2001/XMLSchema#"
	XSDInteger quad.IRI = XSDNS + "integer"
)

// Integer returns n as an xsd:integer literal with the full datatype IRI.
func Integer(n int) quad.TypedString {
	return quad.TypedString{Value: quad.String(strconv.Itoa(n)), Type: XSDInteger}
}

// Quads returns the quads of a document in vocabulary v, each labelled with
// the article's IRI, without duplicates:
//
//   - the article node: its type, headline, url, date, source and content hash;
//   - per entity: rdf:type, schema:name, one schema:alternateName per distinct
//     mention, and owl:sameAs to Wikidata where known;
//   - per plain claim: the edge subject —predicate→ object;
//   - per claim, plain or not: a statement node (rdf:Statement) with its
//     subject, predicate and object, polarity, modality, claimant, sentence,
//     character offsets of the sentence and the article.
func (v Vocab) Quads(doc *Document) []quad.Quad {
	b := builder{label: v.Article(doc.Article.ID), seen: make(map[quad.Quad]struct{})}
	a := doc.Article
	art := b.label
	b.add(art, RDFType, v.Term(TermArticle))
	b.add(art, v.Term(TermContentHash), quad.String(ContentHash(a.Text)))
	if a.Title != "" {
		b.add(art, Headline, quad.String(a.Title))
	}
	if a.URL != "" {
		b.add(art, URL, quad.String(a.URL))
	}
	if a.Date != "" {
		b.add(art, DatePublished, quad.String(a.Date))
	}
	if a.Source != "" {
		b.add(art, v.Term(TermSource), quad.String(a.Source))
	}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		n := v.Entity(e.Type, e.Name)
		b.add(n, RDFType, v.Type(e.Type))
		b.add(n, Name, quad.String(e.Name))
		for _, m := range e.Mentions {
			b.add(n, AlternateName, quad.String(m.Text))
		}
		if e.Wikidata != "" {
			b.add(n, SameAs, WikidataEntityNS+quad.IRI(e.Wikidata))
		}
	}
	offsets := runeOffsets(a.Text)
	for i := range doc.Claims {
		c := &doc.Claims[i]
		s := v.Entity(c.Subject.Type, c.Subject.Name)
		p := v.Predicate(c.Predicate)
		var o quad.Value
		if c.Predicate.Literal() {
			o = quad.String(c.Literal)
		} else {
			o = v.Entity(c.Object.Type, c.Object.Name)
		}
		if c.Plain() {
			b.add(s, p, o)
		}
		st := v.Statement(a.ID, i)
		b.add(st, RDFType, RDFStatement)
		b.add(st, RDFSubject, s)
		b.add(st, RDFPredicate, p)
		b.add(st, RDFObject, o)
		b.add(st, v.Term(TermPolarity), quad.String(orDefault(string(c.Polarity), string(Asserted))))
		b.add(st, v.Term(TermModality), quad.String(orDefault(string(c.Modality), string(Stated))))
		if c.Claimant != nil {
			b.add(st, v.Term(TermClaimant), v.Entity(c.Claimant.Type, c.Claimant.Name))
		}
		b.add(st, v.Term(TermInArticle), art)
		if sent := doc.SentenceText(c); sent != "" {
			b.add(st, v.Term(TermSentence), quad.String(sent))
			b.add(st, v.Term(TermStart), Integer(offsets(c.Sentence.Start)))
			b.add(st, v.Term(TermEnd), Integer(offsets(c.Sentence.End)))
		}
	}
	return b.quads
}

type builder struct {
	label quad.IRI
	seen  map[quad.Quad]struct{}
	quads []quad.Quad
}

func (b *builder) add(s quad.Value, p quad.IRI, o quad.Value) {
	q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: b.label}
	if _, ok := b.seen[q]; ok {
		return
	}
	b.seen[q] = struct{}{}
	b.quads = append(b.quads, q)
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// runeOffsets returns a function that turns a byte offset of text into a
// character (code point) offset, as utf8.RuneCountInString(text[:off])
// does, in time independent of the offset: it counts from the nearest of
// the character positions it marks every offsetStep bytes, once asked.
func runeOffsets(text string) func(int) int {
	var bytePos, runePos []int // marked positions, in bytes and in characters
	return func(byteOff int) int {
		byteOff = min(max(byteOff, 0), len(text))
		if bytePos == nil {
			bytePos, runePos = []int{0}, []int{0}
			next, n := offsetStep, 0
			for i := range text { // i: the start of each character
				if i >= next {
					bytePos, runePos = append(bytePos, i), append(runePos, n)
					next = i + offsetStep
				}
				n++
			}
		}
		// the last mark at or before byteOff
		j := sort.SearchInts(bytePos, byteOff+1) - 1
		return runePos[j] + utf8.RuneCountInString(text[bytePos[j]:byteOff])
	}
}

// offsetStep is the distance in bytes between the character positions
// runeOffsets marks.
const offsetStep = 256
