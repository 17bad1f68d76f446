package eval_test

import (
	"log"
	"os"
	"strings"

	"github.com/statekg/statekg/extract/eval"
	"github.com/statekg/statekg/schema"
)

func ExampleScorer() {
	gold, err := eval.ReadGold(strings.NewReader(`# US accuses Pyongyang
E	State	United States	US|Washington
E	State	North Korea	North Korea|Pyongyang
E	Official	Nikki Haley	Nikki Haley|Haley
R	United States	blames	North Korea
R	Nikki Haley	officialOf	United States
R	Nikki Haley	position	ambassador to the UN
N	Nikki Haley	threatens	North Korea
`), "tiny.gold.tsv")
	if err != nil {
		log.Fatal(err)
	}
	s1 := "Washington blamed Pyongyang."
	s2 := "Haley, the US ambassador to the UN, stopped short of threatening Pyongyang."
	text := s1 + " " + s2
	first := schema.Span{Start: 0, End: len(s1)}
	second := schema.Span{Start: len(s1) + 1, End: len(text)}
	us := schema.Ref{Type: schema.State, Name: "United States"}
	nk := schema.Ref{Type: schema.State, Name: "North Korea"}
	haley := schema.Ref{Type: schema.Official, Name: "Nikki Haley"}
	doc := &schema.Document{
		Article: schema.Article{Text: text},
		Entities: []schema.Entity{
			{Type: schema.State, Name: "United States", Mentions: []schema.Mention{{Text: "Washington"}, {Text: "US"}}},
			{Type: schema.State, Name: "North Korea", Mentions: []schema.Mention{{Text: "Pyongyang"}}},
			{Type: schema.Official, Name: "Nikki Haley", Mentions: []schema.Mention{{Text: "Haley"}}},
		},
		Claims: []schema.Claim{
			{Subject: us, Predicate: schema.Blames, Object: nk, Sentence: first},
			{Subject: haley, Predicate: schema.Position, Literal: "Ambassador to the UN", Sentence: second},
			{Subject: haley, Predicate: schema.OfficialOf, Object: nk, Sentence: second},
			{Subject: haley, Predicate: schema.Threatens, Object: nk, Sentence: second},
		},
	}
	s := eval.NewScorer()
	s.Add("tiny", gold, doc)
	if err := s.Report().Write(os.Stdout, false); err != nil {
		log.Fatal(err)
	}
	// Output:
	// articles: 1
	// relations: P=0.500 R=0.667 F1=0.571 (correct 2, found 4, gold 3; 0 matching O rows not counted; 1 violations)
	//
	// predicate         gold  found  correct      P      R     F1
	// blames               1      1        1  1.000  1.000  1.000
	// threatens            0      1        0  0.000      -  0.000
	// officialOf           1      1        0  0.000  0.000  0.000
	// position             1      1        1  1.000  1.000  1.000
	// all                  3      4        2  0.500  0.667  0.571
	//
	// entity            gold  found  correct      P      R     F1
	// State                2      2        2  1.000  1.000  1.000
	// Official+Person      1      1        1  1.000  1.000  1.000
	// Organization         0      0        0      -      -      -
	// Incident             0      0        0      -      -      -
	// all                  3      3        3  1.000  1.000  1.000
	//
	// loose (any incident with the same object):
	// targets          strict P=- R=- F1=-   loose P=- R=- F1=-
	// attributedTo     strict P=- R=- F1=-   loose P=- R=- F1=-
	//
	// violations: 1
	//   tiny:8  N Nikki Haley threatens North Korea
	//       "Haley, the US ambassador to the UN, stopped short of threatening Pyongyang."
}
