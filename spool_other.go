//go:build !linux

package kextract

import (
	"errors"
	"os"
)

// unnamedTemp: only Linux opens a file with no name (see spool_linux.go);
// elsewhere newSpool names the file and removes the name at once.
func unnamedTemp(dir, name string) (*os.File, error) {
	return nil, errors.ErrUnsupported
}
