package kextract

import (
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// unnamedTemp opens a new file in dir that has no name there from the
// start (O_TMPFILE), so that no kill can leave it behind. The file's
// Name is dir joined with name, for messages; it is no path. It fails on
// file systems and kernels without O_TMPFILE.
func unnamedTemp(dir, name string) (*os.File, error) {
	fd, err := unix.Open(dir, unix.O_RDWR|unix.O_TMPFILE|unix.O_CLOEXEC, 0o600)
	if err != nil {
		return nil, err
	}
	return os.NewFile(uintptr(fd), filepath.Join(dir, name)), nil
}
