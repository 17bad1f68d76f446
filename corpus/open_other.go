//go:build !unix

package corpus

// openNonblock is not needed where named pipes are not files.
const openNonblock = 0
