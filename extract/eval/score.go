package eval

import (
	"encoding/json"
	"sort"
	"strconv"

	"github.com/statekg/statekg/schema"
)

// Counts are true positives, false positives and false negatives; counts
// of several articles are summed (micro-averaging).
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
}

// Gold returns the number of gold items: TP + FN.
func (c Counts) Gold() int { return c.TP + c.FN }

// Found returns the number of extracted items counted: TP + FP.
func (c Counts) Found() int { return c.TP + c.FP }

// Precision returns TP / (TP + FP), or 0 when nothing was found.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall returns TP / (TP + FN), or 0 when there is no gold item.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 returns the harmonic mean of precision and recall, or 0.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// MarshalJSON writes the counts with their precision, recall and F1.
func (c Counts) MarshalJSON() ([]byte, error) {
	type counts Counts
	return json.Marshal(struct {
		counts
		Precision float64 `json:"precision"`
		Recall    float64 `json:"recall"`
		F1        float64 `json:"f1"`
	}{counts(c), c.Precision(), c.Recall(), c.F1()})
}

// Violation is an extracted plain relation that an N row forbids.
type Violation struct {
	Article  string `json:"article"`
	Row      Row    `json:"row"`
	Sentence string `json:"sentence"` // sentence of the claim
}

// Miss is an R row the extractor did not find.
type Miss struct {
	Article string `json:"article"`
	Row     Row    `json:"row"`
}

// FalsePositive is an extracted plain relation that matches no gold row.
// Relations that match an N row are Violations instead.
type FalsePositive struct {
	Article     string           `json:"article"`
	Subject     string           `json:"subject"` // extracted canonical name
	Predicate   schema.Predicate `json:"predicate"`
	Object      string           `json:"object"`       // extracted canonical name, or the literal
	GoldSubject string           `json:"gold_subject"` // gold entity the subject aligns with, if any
	GoldObject  string           `json:"gold_object"`  // gold entity the object aligns with, if any
	Sentence    string           `json:"sentence"`
}

// Score is what is counted on one article or summed over several.
type Score struct {
	// Relations are the counts over every predicate.
	Relations Counts `json:"relations"`
	// Optional is the number of extracted relations that match O rows
	// and are left out of Relations.
	Optional int `json:"optional"`
	// Predicates are the counts per predicate.
	Predicates map[schema.Predicate]Counts `json:"predicates"`
	// Entities are the counts per scored type (State, Official with
	// Person, Organization, Incident).
	Entities map[schema.Type]Counts `json:"entities"`
	// Loose are the loose counts of targets and attributedTo.
	Loose map[schema.Predicate]Counts `json:"loose"`

	Violations     []Violation     `json:"violations"`
	Misses         []Miss          `json:"misses"`
	FalsePositives []FalsePositive `json:"false_positives"`
}

func newScore() Score {
	return Score{
		Predicates: make(map[schema.Predicate]Counts),
		Entities:   make(map[schema.Type]Counts),
		Loose:      make(map[schema.Predicate]Counts),
	}
}

// add adds o to s.
func (s *Score) add(o *Score) {
	s.Relations.Add(o.Relations)
	s.Optional += o.Optional
	for k, v := range o.Predicates {
		c := s.Predicates[k]
		c.Add(v)
		s.Predicates[k] = c
	}
	for k, v := range o.Entities {
		c := s.Entities[k]
		c.Add(v)
		s.Entities[k] = c
	}
	for k, v := range o.Loose {
		c := s.Loose[k]
		c.Add(v)
		s.Loose[k] = c
	}
	s.Violations = append(s.Violations, o.Violations...)
	s.Misses = append(s.Misses, o.Misses...)
	s.FalsePositives = append(s.FalsePositives, o.FalsePositives...)
}

// ArticleScore is the score of one article.
type ArticleScore struct {
	Name string `json:"name"`
	Score
}

// ArticleTotals are the relation figures of one article in a Report.
type ArticleTotals struct {
	Name       string `json:"name"`
	Relations  Counts `json:"relations"`
	Violations int    `json:"violations"`
}

// Report is the score summed over the articles added to a Scorer.
type Report struct {
	Articles []ArticleTotals `json:"articles"`
	Score
}

// JSON returns the report as indented JSON.
func (r *Report) JSON() ([]byte, error) {
	return json.MarshalIndent(r, "", "  ")
}

// LoosePredicates() returns the predicates scored in loose mode as well.
func LoosePredicates() []schema.Predicate {
	return []schema.Predicate{schema.Targets, schema.AttributedTo}
}

// Scorer scores articles and sums their counts.
type Scorer struct {
	total    Score
	articles []ArticleTotals
}

// NewScorer returns an empty Scorer.
func NewScorer() *Scorer {
	return &Scorer{total: newScore()}
}

// Add scores the document extracted from the article name against its
// gold, adds the counts to the totals and returns the article's score. A
// nil document counts as one with nothing extracted.
func (s *Scorer) Add(name string, g *Gold, doc *schema.Document) ArticleScore {
	if g == nil {
		g = &Gold{}
	}
	if doc == nil {
		doc = &schema.Document{}
	}
	as := ArticleScore{Name: name, Score: scoreArticle(name, g, doc)}
	s.total.add(&as.Score)
	s.articles = append(s.articles, ArticleTotals{Name: name, Relations: as.Relations, Violations: len(as.Violations)})
	return as
}

// Report returns the totals of the articles added so far.
func (s *Scorer) Report() *Report {
	r := &Report{Score: newScore()}
	r.add(&s.total)
	r.Articles = append([]ArticleTotals(nil), s.articles...)
	return r
}

// node is one end of a relation after alignment: a gold entity, an
// unaligned extracted entity, or a literal.
type node struct {
	gold int    // index of the gold entity, or -1
	key  string // identity of the node
	name string // extracted canonical name or literal, for reports
}

// relKey is a relation after alignment; symmetric relations have their
// ends in key order.
type relKey struct {
	pred     schema.Predicate
	sub, obj string
}

func makeKey(p schema.Predicate, sub, obj string) relKey {
	if p.Symmetric() && obj < sub {
		sub, obj = obj, sub
	}
	return relKey{p, sub, obj}
}

func goldKey(i int) string       { return "g\x00" + strconv.Itoa(i) }
func literalKey(s string) string { return "l\x00" + normalize(s) }

// extracted is one deduplicated extracted relation.
type extracted struct {
	key      relKey
	sub, obj node
	claim    *schema.Claim
}

func scoreArticle(name string, g *Gold, doc *schema.Document) Score {
	sc := newScore()
	al := newAligner(g)

	// Entities.
	aligned := make(map[*schema.Entity]int)
	alignEntity := func(e *schema.Entity) int {
		if i, ok := aligned[e]; ok {
			return i
		}
		i := al.align(e)
		aligned[e] = i
		return i
	}
	for _, t := range scoredTypes {
		sc.Entities[t] = Counts{}
	}
	matched := make(map[int]bool)
	for i := range doc.Entities {
		e := &doc.Entities[i]
		c := class(e.Type)
		if !isScored(c) {
			continue
		}
		cnt := sc.Entities[c]
		if gi := alignEntity(e); gi >= 0 && !matched[gi] {
			matched[gi] = true
			cnt.TP++
		} else {
			cnt.FP++ // aligns with nothing, or with an entity already found
		}
		sc.Entities[c] = cnt
	}
	for i, ge := range g.Entities {
		c := class(ge.Type)
		if isScored(c) && !matched[i] {
			cnt := sc.Entities[c]
			cnt.FN++
			sc.Entities[c] = cnt
		}
	}

	// Extracted relations, aligned and deduplicated.
	resolve := func(r schema.Ref) node {
		e := doc.Entity(r)
		if e == nil {
			e = &schema.Entity{Type: r.Type, Name: r.Name}
		}
		if gi := alignEntity(e); gi >= 0 {
			return node{gold: gi, key: goldKey(gi), name: r.Name}
		}
		return node{gold: -1, key: "x\x00" + string(class(r.Type)) + "\x00" + normalize(r.Name), name: r.Name}
	}
	var rels []extracted
	seen := make(map[relKey]bool)
	for i := range doc.Claims {
		c := &doc.Claims[i]
		if !c.Plain() {
			continue
		}
		p, err := schema.ParsePredicate(string(c.Predicate))
		if err != nil {
			continue // not in the vocabulary
		}
		sub := resolve(c.Subject)
		var obj node
		if p.Literal() {
			obj = node{gold: -1, key: literalKey(c.Literal), name: c.Literal}
		} else {
			obj = resolve(c.Object)
		}
		k := makeKey(p, sub.key, obj.key)
		if seen[k] {
			continue
		}
		seen[k] = true
		rels = append(rels, extracted{key: k, sub: sub, obj: obj, claim: c})
	}

	// Gold rows by kind; the first row of a key stands for it.
	rows := map[RowKind]map[relKey]Row{Required: {}, Forbidden: {}, Optional: {}}
	var required []relKey // in file order
	for _, row := range g.Rows {
		m := rows[row.Kind]
		si, ok := al.byName[row.Subject]
		if m == nil || !ok {
			continue // ReadGold rejects such rows
		}
		obj := literalKey(row.Object)
		if !row.Predicate.Literal() {
			oi, ok := al.byName[row.Object]
			if !ok {
				continue
			}
			obj = goldKey(oi)
		}
		k := makeKey(row.Predicate, goldKey(si), obj)
		if _, dup := m[k]; dup {
			continue
		}
		m[k] = row
		if row.Kind == Required {
			required = append(required, k)
		}
	}

	// Strict scoring.
	found := make(map[relKey]bool)
	for _, r := range rels {
		cnt := sc.Predicates[r.key.pred]
		if _, ok := rows[Required][r.key]; ok {
			cnt.TP++
			found[r.key] = true
		} else if row, ok := rows[Forbidden][r.key]; ok {
			cnt.FP++
			sc.Violations = append(sc.Violations, Violation{Article: name, Row: row, Sentence: doc.SentenceText(r.claim)})
		} else if _, ok := rows[Optional][r.key]; ok {
			sc.Optional++
			continue
		} else {
			cnt.FP++
			sc.FalsePositives = append(sc.FalsePositives, FalsePositive{
				Article:     name,
				Subject:     r.sub.name,
				Predicate:   r.key.pred,
				Object:      r.obj.name,
				GoldSubject: al.name(r.sub.gold),
				GoldObject:  al.name(r.obj.gold),
				Sentence:    doc.SentenceText(r.claim),
			})
		}
		sc.Predicates[r.key.pred] = cnt
	}
	for _, k := range required {
		if found[k] {
			continue
		}
		cnt := sc.Predicates[k.pred]
		cnt.FN++
		sc.Predicates[k.pred] = cnt
		sc.Misses = append(sc.Misses, Miss{Article: name, Row: rows[Required][k]})
	}
	for _, c := range sc.Predicates {
		sc.Relations.Add(c)
	}

	// Loose scoring: relations reduced to (predicate, object).
	for _, p := range LoosePredicates() {
		goldObjs := map[RowKind]map[string]bool{Required: {}, Optional: {}}
		for kind, m := range rows {
			if goldObjs[kind] == nil {
				continue
			}
			for k := range m {
				if k.pred == p {
					goldObjs[kind][k.obj] = true
				}
			}
		}
		got := make(map[string]bool)
		for _, r := range rels {
			if r.key.pred == p {
				got[r.key.obj] = true
			}
		}
		var cnt Counts
		for o := range got {
			switch {
			case goldObjs[Required][o]:
				cnt.TP++
			case goldObjs[Optional][o]:
			default:
				cnt.FP++
			}
		}
		for o := range goldObjs[Required] {
			if !got[o] {
				cnt.FN++
			}
		}
		sc.Loose[p] = cnt
	}
	sortScore(&sc)
	return sc
}

func isScored(t schema.Type) bool {
	for _, s := range scoredTypes {
		if s == t {
			return true
		}
	}
	return false
}

// name returns the canonical name of gold entity i, or "".
func (a *aligner) name(i int) string {
	if i < 0 {
		return ""
	}
	return a.gold.Entities[i].Name
}

// sortScore orders an article's lists by gold line, then by predicate.
func sortScore(s *Score) {
	sort.SliceStable(s.Violations, func(i, j int) bool { return s.Violations[i].Row.Line < s.Violations[j].Row.Line })
	sort.SliceStable(s.Misses, func(i, j int) bool { return s.Misses[i].Row.Line < s.Misses[j].Row.Line })
}
