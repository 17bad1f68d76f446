package corpus_test

import (
	"context"
	"fmt"

	"github.com/statekg/statekg/corpus"
	"github.com/statekg/statekg/schema"
)

func ExampleWalk() {
	problems, err := corpus.Walk(context.Background(), []string{"testdata/example"}, func(a schema.Article) error {
		fmt.Printf("%s %s %q\n", a.Source, a.ID, a.Title)
		return nil
	})
	if err != nil {
		fmt.Println("stopped:", err)
	}
	for _, p := range problems {
		fmt.Println("skipped:", p)
	}
	// Output:
	// testdata/example/more.jsonl:1 un-panel-2019 "UN panel links Pyongyang to crypto thefts"
	// testdata/example/sony.txt 89037ee625ff75f1 "FBI blames North Korea for Sony Pictures hack"
	// skipped: testdata/example/more.jsonl:2: no text: the "text" field is missing or blank
}
