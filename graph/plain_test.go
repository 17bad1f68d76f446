package graph_test

import (
	"context"
	"strings"
	"testing"

	"github.com/statekg/statekg/schema"
)

// TestDeleteWithOneKindOfQualifier deletes and replaces articles in a
// store whose statements are negated but never hedged (and the reverse):
// the predicate of the other qualifier is then no node of the store at all.
func TestDeleteWithOneKindOfQualifier(t *testing.T) {
	ctx := context.Background()
	for _, qualify := range []func(*schema.Claim){
		func(c *schema.Claim) { c.Polarity = schema.Negated },
		func(c *schema.Claim) { c.Modality = schema.Hedged },
	} {
		for _, open := range []opener{openMem, openBolt, openLevelDB} {
			st := open(t)
			// a states a fact plainly, b qualified: deleting a asks whether
			// b's statement still supports the fact's edge.
			a, b := syntheticDoc(1), syntheticDoc(2)
			b.Claims[0] = a.Claims[0]
			qualify(&b.Claims[0])
			b.Entities = append(b.Entities, a.Entities[:2]...)
			mustLoad(t, st, a, b)
			if all := exportString(t, st, ""); !strings.Contains(all, "/ns/polarity>") && !strings.Contains(all, "/ns/modality>") {
				t.Fatalf("%s: no qualified statement in the store:\n%s", st.Backend(), all)
			}
			if _, err := st.Delete(ctx, a.Article.ID); err != nil {
				t.Fatalf("%s: delete: %v", st.Backend(), err)
			}
			if _, err := st.Delete(ctx, b.Article.ID); err != nil {
				t.Fatalf("%s: delete: %v", st.Backend(), err)
			}
			if n := len(exportString(t, st, "")); n > 200 {
				t.Errorf("%s: %d bytes left after deleting every article", st.Backend(), n)
			}
		}
	}
}
