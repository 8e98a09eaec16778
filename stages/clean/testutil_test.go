package clean

// htmlDevDir is the shared corpus of real pages with gold main text,
// relative to this package's folder; tests that need it skip without it.
const htmlDevDir = "../../../shared/corpus/html-dev"
