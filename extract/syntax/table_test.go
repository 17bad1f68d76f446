package syntax

import (
	"bufio"
	"bytes"
	"math/rand/v2"
	"testing"
)

// TestTableRows puts rows of every width and size of weight into a table
// and checks that scores and the written table give them back.
func TestTableRows(t *testing.T) {
	for _, n := range []int{3, 17, 51, 70} {
		rng := rand.New(rand.NewPCG(uint64(n), 9))
		rows := map[uint64][]int16{}
		for range 500 {
			row := make([]int16, n)
			for range rng.IntN(n + 1) {
				x := int16(rng.IntN(41) - 20)
				if rng.IntN(8) == 0 {
					x *= 1000 // beyond what a slot packs
				}
				row[rng.IntN(n)] = x
			}
			if n <= denseClasses {
				row[0] = 0 // the weight of class 0 is 0 in a dense table
			}
			rows[rng.Uint64()] = row
		}
		tb := newTable(n, len(rows), 1)
		for k, row := range rows {
			tb.put(k, row)
		}
		acc := make([]int32, n)
		out := make([]float32, n)
		for k, row := range rows {
			// the second is absent (a slot keeps the low 32 bits of a key,
			// so an absent key must differ there)
			tb.scores([]uint64{k, k ^ 1<<20}, acc, out)
			for c, x := range row {
				if out[c] != float32(x) {
					t.Fatalf("n=%d: class %d of %x scores %v, want %d", n, c, k, out[c], x)
				}
			}
		}
		var buf bytes.Buffer
		w := bufio.NewWriter(&buf)
		if err := tb.write(w); err != nil {
			t.Fatal(err)
		}
		w.Flush()
		back, err := readTable(bufio.NewReader(bytes.NewReader(buf.Bytes())))
		if err != nil {
			t.Fatal(err)
		}
		if back.count != len(rows) {
			t.Fatalf("n=%d: read back %d rows, want %d", n, back.count, len(rows))
		}
		got := make([]float32, n)
		for k := range rows {
			tb.scores([]uint64{k}, acc, out)
			back.scores([]uint64{k}, acc, got)
			for c := range out {
				if out[c] != got[c] {
					t.Fatalf("n=%d: %x reads back as %v, want %v", n, k, got, out)
				}
			}
		}
	}
}

// TestEmbeddedModelWritesBack checks that the tables keep the embedded model's
// weights exactly: written again, it is the same file byte for byte.
func TestEmbeddedModelWritesBack(t *testing.T) {
	p, err := ReadParser(bytes.NewReader(model))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := p.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), model) {
		t.Fatalf("the embedded model writes back as %d bytes that differ from its %d", buf.Len(), len(model))
	}
}
