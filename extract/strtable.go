package extract

// strTable is a read-only map from short strings to bits, built once:
// open addressing with FNV-1a, cheaper than a Go map for the many lookups
// of lexicon words per token.
type strTable struct {
	mask uint64
	keys []string
	vals []uint64 // 0: empty slot
}

func newStrTable(m map[string]uint64) *strTable {
	size := uint64(16)
	for size < uint64(len(m))*2 {
		size <<= 1
	}
	t := &strTable{mask: size - 1, keys: make([]string, size), vals: make([]uint64, size)}
	for k, v := range m {
		if v == 0 {
			continue
		}
		i := strHash(k) & t.mask
		for t.vals[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = k, v
	}
	return t
}

func strHash(s string) uint64 {
	h := fnvOffset
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h ^ h>>29
}

// get returns the bits of s, 0 if it has none.
func (t *strTable) get(s string) uint64 {
	for i := strHash(s) & t.mask; ; i = (i + 1) & t.mask {
		v := t.vals[i]
		if v == 0 {
			return 0
		}
		if k := t.keys[i]; len(k) == len(s) && k == s {
			return v
		}
	}
}
