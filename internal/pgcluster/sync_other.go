//go:build !linux

package pgcluster

import "syscall"

// syncFS flushes file systems to disk (no syncfs(2) here: all of them).
func syncFS(string) error {
	syscall.Sync()
	return nil
}
