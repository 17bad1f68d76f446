package extract

import "testing"

func TestStrTable(t *testing.T) {
	m := map[string]uint64{"": 1, "a": 2, "the": 4, "stopped short": 8, "a-very-long-word-of-more-than-eight": 16, "zero": 0}
	for i := 0; i < 500; i++ {
		m["w"+itoa(i)] = uint64(i + 1)
	}
	tb := newStrTable(m)
	for k, v := range m {
		if got := tb.get(k); got != v {
			t.Errorf("get(%q) = %d, want %d", k, got, v)
		}
	}
	for _, k := range []string{"b", "th", "thee", "The", "w500", "a-very-long-word-of-more-than-eighT", "stopped"} {
		if got := tb.get(k); got != 0 {
			t.Errorf("get(%q) = %d, want 0", k, got)
		}
	}
}
