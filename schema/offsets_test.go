package schema

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestRuneOffsets: the marked counting agrees with counting from the
// start at every byte offset, in texts with multi-byte characters, invalid
// bytes and characters across the marks.
func TestRuneOffsets(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"a", "é", "“", "😀", " ", "\xff", "\xe2\x80", "Korea"}
	for _, size := range []int{0, 1, offsetStep - 1, offsetStep, 3*offsetStep + 7} {
		var b strings.Builder
		for b.Len() < size {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		off := runeOffsets(text)
		for i := 0; i <= len(text)+1; i++ {
			want := utf8.RuneCountInString(text[:min(i, len(text))])
			if got := off(i); got != want {
				t.Fatalf("size %d, offset %d: %d characters, want %d", size, i, got, want)
			}
		}
	}
}

// BenchmarkQuadsLongArticle makes the quads of articles of 128 KiB to
// 4 MiB with a claim every 200 bytes: the time per byte stays flat.
func BenchmarkQuadsLongArticle(b *testing.B) {
	sizes := []int{128, 1024, 4096} // KiB
	if testing.Short() {
		sizes = sizes[:2]
	}
	for _, kb := range sizes {
		text := strings.Repeat("The ministry in Seoul blamed North Korea for the attack on the bank, and the “Lazarus” group denied it again. ", (kb<<10)/115)
		doc := &Document{Article: Article{ID: "long", Text: text}}
		for i := 0; i+200 < len(text); i += 200 {
			doc.Claims = append(doc.Claims, Claim{Subject: Ref{Type: State, Name: "South Korea"}, Predicate: Blames,
				Object: Ref{Type: State, Name: "North Korea"}, Polarity: Asserted, Modality: Stated, Sentence: Span{Start: i, End: i + 100}})
		}
		b.Run(fmt.Sprintf("%dKiB", kb), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				Default.Quads(doc)
			}
		})
	}
}
