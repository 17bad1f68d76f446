package newsgen_test

import (
	"fmt"
	"strings"

	"github.com/statekg/statekg/internal/newsgen"
)

func Example() {
	g := newsgen.New(1)
	a := g.Article(7)
	d := g.Document(7)
	words := len(strings.Fields(a.Text))
	fmt.Println(a.ID)
	fmt.Println(a.Title)
	fmt.Println(words >= 500 && words <= 950, len(d.Entities) > 0, len(d.Claims) > 0)
	fmt.Println(g.Article(7) == a)
	// Output:
	// newsgen-1-7
	// The GreyQuarry hack hits Norium Networks, 165 systems down
	// true true true
	// true
}
