//go:build unix

package graph

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// checkUnlocked returns an error wrapping ErrLocked when another process
// holds the bolt file at path open so that this one cannot (bolt takes an
// exclusive flock to write, a shared one to read: shared asks for the
// latter), and nil when the file is free or does not exist yet.
func checkUnlocked(path string, shared bool) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	} else if err != nil {
		return err
	}
	defer f.Close()
	how := syscall.LOCK_EX
	if shared {
		how = syscall.LOCK_SH
	}
	err = syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return fmt.Errorf("%s: %w", path, ErrLocked)
	} else if err != nil {
		return nil // a file system without locks: let bolt decide
	}
	return syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
}

// isLockError reports whether err is goleveldb's failure to lock a store
// another process holds.
func isLockError(err error) bool { return errors.Is(err, syscall.EWOULDBLOCK) }
