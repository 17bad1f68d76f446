package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc/rdf"
	vschema "github.com/cayleygraph/quad/voc/schema"
)

// DefaultBase is the base namespace used when none is given. Vocabulary
// terms are DefaultBase+"ns/"+local name; entities, articles and statements
// live under DefaultBase+"id/", DefaultBase+"article/" and
// DefaultBase+"statement/".
const DefaultBase quad.IRI = "https://statekg.org/"

// Type is an entity type of the vocabulary.
type Type string

// The six entity types.
const (
	State        Type = "State"
	Official     Type = "Official"
	Person       Type = "Person"
	Organization Type = "Organization"
	Incident     Type = "Incident"
	Topic        Type = "Topic"
)

// types lists every entity type in a fixed order.
var types = []Type{State, Official, Person, Organization, Incident, Topic}

// Types returns every entity type, in a fixed order.
func Types() []Type { return slices.Clone(types) }

// Predicates returns every predicate, in a fixed order.
func Predicates() []Predicate { return slices.Clone(predicates) }

// ErrUnknown is wrapped by the errors of ParseType and ParsePredicate for a
// word that is not in the vocabulary; test for it with errors.Is.
var ErrUnknown = errors.New("unknown")

// ParseType returns the Type whose word is s.
func ParseType(s string) (Type, error) {
	for _, t := range types {
		if string(t) == s {
			return t, nil
		}
	}
	return "", fmt.Errorf("%w entity type %q", ErrUnknown, s)
}

// IsActor reports whether entities of type t can be the subject of an
// actor relation (condemns, blames, ...).
func (t Type) IsActor() bool {
	return t == State || t == Official || t == Person || t == Organization
}

// Predicate is one of the closed set of relation predicates.
type Predicate string

// The sixteen predicates.
const (
	Condemns       Predicate = "condemns"
	Blames         Predicate = "blames"
	Denies         Predicate = "denies"
	Threatens      Predicate = "threatens"
	Opposes        Predicate = "opposes"
	Supports       Predicate = "supports"
	MeetsWith      Predicate = "meetsWith"
	Sanctions      Predicate = "sanctions"
	ConcernedAbout Predicate = "concernedAbout"
	OfficialOf     Predicate = "officialOf"
	Position       Predicate = "position"
	PartOf         Predicate = "partOf"
	AllyOf         Predicate = "allyOf"
	AtWarWith      Predicate = "atWarWith"
	Targets        Predicate = "targets"
	AttributedTo   Predicate = "attributedTo"
)

// predicates lists every predicate in a fixed order.
var predicates = []Predicate{
	Condemns, Blames, Denies, Threatens, Opposes, Supports, MeetsWith,
	Sanctions, ConcernedAbout, OfficialOf, Position, PartOf, AllyOf,
	AtWarWith, Targets, AttributedTo,
}

// ParsePredicate returns the Predicate whose word is s.
func ParsePredicate(s string) (Predicate, error) {
	for _, p := range predicates {
		if string(p) == s {
			return p, nil
		}
	}
	return "", fmt.Errorf("%w predicate %q", ErrUnknown, s)
}

// Symmetric reports whether p holds in both directions (meetsWith, allyOf,
// atWarWith).
func (p Predicate) Symmetric() bool {
	return p == MeetsWith || p == AllyOf || p == AtWarWith
}

// Literal reports whether p takes a literal object (position).
func (p Predicate) Literal() bool { return p == Position }

// Polarity says whether a claim is asserted or negated by its sentence.
type Polarity string

// Polarities.
const (
	Asserted Polarity = "asserted"
	Negated  Polarity = "negated"
)

// Modality says whether a claim is stated as fact or hedged.
type Modality string

// Modalities.
const (
	Stated Modality = "stated"
	Hedged Modality = "hedged"
)

// Standard IRIs used by the vocabulary, in full form.
const (
	RDFType          quad.IRI = rdf.NS + "type"
	RDFStatement     quad.IRI = rdf.NS + "Statement"
	RDFSubject       quad.IRI = rdf.NS + "subject"
	RDFPredicate     quad.IRI = rdf.NS + "predicate"
	RDFObject        quad.IRI = rdf.NS + "object"
	Name             quad.IRI = vschema.NS + "name"
	AlternateName    quad.IRI = vschema.NS + "alternateName"
	Headline         quad.IRI = vschema.NS + "headline"
	URL              quad.IRI = vschema.NS + "url"
	DatePublished    quad.IRI = vschema.NS + "datePublished"
	Mentions         quad.IRI = vschema.NS + "mentions" // article → entity it names (written by the graph store)
	OWLNS            quad.IRI = "http://www.w3.org/2002/07/owl#"
	SameAs           quad.IRI = OWLNS + "sameAs"
	WikidataEntityNS quad.IRI = "http://www.wikidata.org/entity/"
)

// Term is the local name of a statekg term that is not a type or a
// predicate: the classes and properties that describe articles, sentences
// and statements.
type Term string

// Terms for articles, sentences and statements.
const (
	TermArticle       Term = "Article"       // class of article nodes
	TermPolarity      Term = "polarity"      // statement → "negated" (asserted states no quad)
	TermModality      Term = "modality"      // statement → "hedged" (stated states no quad)
	TermClaimant      Term = "claimant"      // statement → entity that makes the claim
	TermFact          Term = "fact"          // statement → the fact node of its subject, predicate and object
	TermSentence      Term = "sentence"      // statement → its sentence node
	TermText          Term = "text"          // sentence → its text
	TermStart         Term = "start"         // sentence → first character offset
	TermEnd           Term = "end"           // sentence → character offset past the end
	TermInArticle     Term = "article"       // sentence (or a statement without one) → article node
	TermForm          Term = "form"          // entity → a surface form one article gave it (in that article's graph)
	TermContentHash   Term = "contentHash"   // article → SHA-256 of its text
	TermSource        Term = "source"        // article → file it was read from
	TermQuads         Term = "quads"         // article → number of quads it contributes: written last, it marks the article complete
	TermFormatVersion Term = "formatVersion" // the base IRI → graph model version of the store
)

// FormatVersion is the version of the graph model Vocab.Quads writes: 2
// since entities and facts are stated once in the default graph and each
// article's provenance in its own named graph. Stores of model 1 stated no
// version.
const FormatVersion = 2

// Vocab builds the IRIs of one namespace. The zero value is not usable;
// call NewVocab or use Default.
type Vocab struct {
	base quad.IRI
}

// Default is the vocabulary under DefaultBase.
var Default = Vocab{base: DefaultBase}

// NewVocab returns the vocabulary under base, which must be an absolute
// IRI ending in "/" or "#".
func NewVocab(base string) (Vocab, error) {
	if i := strings.Index(base, ":"); i <= 0 || strings.ContainsAny(base, " <>\"{}|\\^`") {
		return Vocab{}, fmt.Errorf("base %q is not an absolute IRI", base)
	}
	if !strings.HasSuffix(base, "/") && !strings.HasSuffix(base, "#") {
		return Vocab{}, fmt.Errorf("base %q must end in / or #", base)
	}
	return Vocab{base: quad.IRI(base)}, nil
}

// Base returns the base namespace.
func (v Vocab) Base() quad.IRI { return v.base }

// NS returns the namespace of vocabulary terms (types, predicates, terms).
func (v Vocab) NS() quad.IRI { return v.base + "ns/" }

// Type returns the IRI of an entity type.
func (v Vocab) Type(t Type) quad.IRI { return v.NS() + quad.IRI(t) }

// Predicate returns the IRI of a predicate.
func (v Vocab) Predicate(p Predicate) quad.IRI { return v.NS() + quad.IRI(p) }

// Term returns the IRI of a term.
func (v Vocab) Term(t Term) quad.IRI { return v.NS() + quad.IRI(t) }

// Entity returns the stable IRI of the entity of type t with canonical name
// name: the same type and name give the same IRI in every article.
func (v Vocab) Entity(t Type, name string) quad.IRI {
	return v.base + "id/" + quad.IRI(strings.ToLower(string(t))) + "/" + quad.IRI(Slug(name))
}

// Article returns the IRI of the article with the given id; it is the label
// of the article's named graph, which holds its provenance.
func (v Vocab) Article(id string) quad.IRI {
	return v.base + "article/" + quad.IRI(escapeSegment(id))
}

// Statement returns the IRI of the n-th statement of an article.
func (v Vocab) Statement(articleID string, n int) quad.IRI {
	return v.base + quad.IRI(fmt.Sprintf("statement/%s/%d", escapeSegment(articleID), n))
}

// Sentence returns the IRI of the sentence of an article that starts at
// character offset start.
func (v Vocab) Sentence(articleID string, start int) quad.IRI {
	return v.base + quad.IRI(fmt.Sprintf("sentence/%s/%d", escapeSegment(articleID), start))
}

// Fact returns the IRI of the fact node of subject —predicate→ object: the
// one node, in the default graph, that every statement of that triple points
// to, whatever its polarity and modality and whichever article it is in.
func (v Vocab) Fact(subject quad.Value, predicate quad.IRI, object quad.Value) quad.IRI {
	h := sha256.Sum256([]byte(quad.StringOf(subject) + " " + quad.StringOf(predicate) + " " + quad.StringOf(object)))
	return v.FactNS() + quad.IRI(hex.EncodeToString(h[:16]))
}

// FactNS is the namespace of the fact nodes of this vocabulary.
func (v Vocab) FactNS() quad.IRI { return v.base + "fact/" }

// StatementArticle returns the article id of a statement IRI of this
// vocabulary.
func (v Vocab) StatementArticle(iri quad.IRI) (string, bool) {
	p := string(v.base) + "statement/"
	s := string(iri)
	if !strings.HasPrefix(s, p) {
		return "", false
	}
	s = s[len(p):]
	i := strings.LastIndexByte(s, '/')
	if i < 0 {
		return "", false
	}
	return unescapeSegment(s[:i]), true
}

// ArticleID returns the article id of an article IRI of this vocabulary.
func (v Vocab) ArticleID(iri quad.IRI) (string, bool) {
	p := string(v.base) + "article/"
	s := string(iri)
	if !strings.HasPrefix(s, p) {
		return "", false
	}
	return unescapeSegment(s[len(p):]), true
}

// PredicateOf returns the predicate whose IRI is iri, if any.
func (v Vocab) PredicateOf(iri quad.IRI) (Predicate, bool) {
	ns := string(v.NS())
	s := string(iri)
	if !strings.HasPrefix(s, ns) {
		return "", false
	}
	p, err := ParsePredicate(s[len(ns):])
	return p, err == nil
}

// TypeOf returns the entity type whose IRI is iri, if any.
func (v Vocab) TypeOf(iri quad.IRI) (Type, bool) {
	ns := string(v.NS())
	s := string(iri)
	if !strings.HasPrefix(s, ns) {
		return "", false
	}
	t, err := ParseType(s[len(ns):])
	return t, err == nil
}
