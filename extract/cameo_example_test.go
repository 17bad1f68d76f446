package extract_test

import (
	"fmt"
	"strings"

	"github.com/statekg/statekg/extract"
)

func ExampleReadVerbDictionary() {
	const dict = `---  SCOLD   [111]  ---
SCOLD
TELL_+OFF {TELLS_+OFF TOLD_+OFF TELLING_+OFF}
- * LOUDLY                                            [110]         # SCOLD
`
	d, err := extract.ReadVerbDictionary(strings.NewReader(dict), "verbs.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, b := range d.Blocks {
		for _, v := range b.Verbs {
			fmt.Println(v.Code, strings.Join(v.Forms, ", "))
		}
		for _, p := range b.Patterns {
			fmt.Println(p.Code, p.Words, "for", p.Comment)
		}
	}
	_, err = extract.ReadVerbDictionary(strings.NewReader("SCOLD\n"), "verbs.txt")
	fmt.Println(err)
	// Output:
	// 111 SCOLD, SCOLDS, SCOLDED, SCOLDING
	// 111 TELL OFF, TELLS OFF, TOLD OFF, TELLING OFF
	// 110 [* LOUDLY] for SCOLD
	// verbs.txt:1: malformed line: verb "SCOLD" before any verb block
}
