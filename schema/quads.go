package schema

import (
	"sort"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// XML Schema datatypes of the literals the vocabulary writes, as full IRIs
// (quad.Int would be written with the prefixed datatype <schema:Integer>,
// which RDF parsers read as an IRI of the unknown scheme "schema").
const (
	XSDNS      quad.IRI = "http://www.w3.org/2001/XMLSchema#"
	XSDInteger quad.IRI = XSDNS + "integer"
	XSDDate    quad.IRI = XSDNS + "date"
)

// Integer returns n as an xsd:integer literal with the full datatype IRI.
func Integer(n int) quad.TypedString {
	return quad.TypedString{Value: quad.String(strconv.Itoa(n)), Type: XSDInteger}
}

// Date returns a publication date as an xsd:date literal when it is a
// calendar date (2021-04-15), else as a plain string.
func Date(s string) quad.Value {
	if _, err := time.Parse("2006-01-02", s); err == nil {
		return quad.TypedString{Value: quad.String(s), Type: XSDDate}
	}
	return quad.String(s)
}

// Quads returns the quads of a document in vocabulary v, without
// duplicates. The knowledge graph itself is in the default graph (quads
// with no label); the article's provenance is in its own named graph,
// labelled with the article's IRI:
//
// In the default graph, stated once however many articles repeat them:
//
//   - per entity: rdf:type, schema:name, owl:sameAs to Wikidata where known
//     and one schema:alternateName per surface form other than its name;
//   - per claim, plain or not: the fact node of its triple (Vocab.Fact) with
//     rdf:subject, rdf:predicate and rdf:object;
//   - per asserted, stated claim: the fact edge subject —predicate→ object.
//
// In the article's graph:
//
//   - the article node: its type, headline, url, date (xsd:date),
//     source, content hash and one schema:mentions edge to every entity;
//   - per entity, one ns:form for each surface form other than its name
//     (which article gave which form, so that deleting an article removes
//     exactly the forms only it gave);
//   - per sentence with claims: a sentence node with its text, character
//     offsets and article;
//   - per claim, plain or not: a statement node with its fact node and its
//     sentence, ns:polarity only when
//     negated, ns:modality only when hedged, ns:claimant where known;
//   - last, ns:quads on the article node: the number of quads of the
//     article's graph, this one included, which marks the article as
//     complete.
func (v Vocab) Quads(doc *Document) []quad.Quad {
	art := v.Article(doc.Article.ID)
	b := builder{seen: make(map[quad.Quad]struct{})}
	in := func(s quad.Value, p quad.IRI, o quad.Value) { b.add(s, p, o, art) }
	kg := func(s quad.Value, p quad.IRI, o quad.Value) { b.add(s, p, o, nil) }
	a := doc.Article
	in(art, RDFType, v.Term(TermArticle))
	in(art, v.Term(TermContentHash), quad.String(ContentHash(a.Text)))
	if a.Title != "" {
		in(art, Headline, quad.String(a.Title))
	}
	if a.URL != "" {
		in(art, URL, quad.String(a.URL))
	}
	if a.Date != "" {
		in(art, DatePublished, Date(a.Date))
	}
	if a.Source != "" {
		in(art, v.Term(TermSource), quad.String(a.Source))
	}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		n := v.Entity(e.Type, e.Name)
		in(art, Mentions, n)
		kg(n, RDFType, v.Type(e.Type))
		kg(n, Name, quad.String(e.Name))
		if e.Wikidata != "" {
			kg(n, SameAs, WikidataEntityNS+quad.IRI(e.Wikidata))
		}
		for _, m := range e.Mentions {
			if m.Text != e.Name {
				kg(n, AlternateName, quad.String(m.Text))
				in(n, v.Term(TermForm), quad.String(m.Text))
			}
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
			kg(s, p, o)
		}
		f := v.Fact(s, p, o)
		kg(f, RDFSubject, s)
		kg(f, RDFPredicate, p)
		kg(f, RDFObject, o)
		st := v.Statement(a.ID, i)
		in(st, v.Term(TermFact), f)
		if c.Polarity == Negated {
			in(st, v.Term(TermPolarity), quad.String(Negated))
		}
		if c.Modality == Hedged {
			in(st, v.Term(TermModality), quad.String(Hedged))
		}
		if c.Claimant != nil {
			in(st, v.Term(TermClaimant), v.Entity(c.Claimant.Type, c.Claimant.Name))
		}
		if text := doc.SentenceText(c); text != "" {
			start := offsets(c.Sentence.Start)
			sent := v.Sentence(a.ID, start)
			in(st, v.Term(TermSentence), sent)
			in(sent, v.Term(TermText), quad.String(text))
			in(sent, v.Term(TermStart), Integer(start))
			in(sent, v.Term(TermEnd), Integer(offsets(c.Sentence.End)))
			in(sent, v.Term(TermInArticle), art)
		} else {
			in(st, v.Term(TermInArticle), art)
		}
	}
	// The mark counts the article's graph, itself included.
	n := 1
	for _, q := range b.quads {
		if q.Label != nil {
			n++
		}
	}
	in(art, v.Term(TermQuads), Integer(n))
	return b.quads
}

type builder struct {
	seen  map[quad.Quad]struct{}
	quads []quad.Quad
}

func (b *builder) add(s quad.Value, p quad.IRI, o quad.Value, label quad.Value) {
	q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: label}
	if _, ok := b.seen[q]; ok {
		return
	}
	b.seen[q] = struct{}{}
	b.quads = append(b.quads, q)
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
