//go:build unix

package graph

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// checkUnlocked returns an error wrapping ErrLocked when another process
// holds the bolt file at path open (bolt takes an exclusive flock on it),
// and nil when the file is free or does not exist yet.
func checkUnlocked(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	} else if err != nil {
		return err
	}
	defer f.Close()
	err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return fmt.Errorf("%s: %w", path, ErrLocked)
	} else if err != nil {
		return nil // a file system without locks: let bolt decide
	}
	return syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
}
