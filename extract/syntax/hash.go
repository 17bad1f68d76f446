package syntax

// Features are uint64 hashes of a template number and the values it
// combines; values are themselves hashes (of strings) or small integers.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix is the splitmix64 finaliser.
func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

func f1(t, a uint64) uint64       { return mix(t<<56 ^ a) }
func f2(t, a, b uint64) uint64    { return mix(mix(t<<56^a) ^ b) }
func f3(t, a, b, c uint64) uint64 { return mix(mix(mix(t<<56^a)^b) ^ c) }

// hashString is FNV-1a of s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}
