# kextract recipes. `just` is optional: each recipe is one plain command.
# (Install just with `npm install -g rust-just` if you want it.)

# Build the dataset: seeds/ → output/
run *ARGS:
    go run ./cmd/kextract run {{ARGS}}

# Run every test (with the race detector)
test:
    go test -race ./...

# Fail when the committed output/ is stale
check:
    go run ./cmd/kextract check

# Score the seeds with kextract's own scorer, then with the reference scorer
eval:
    go run ./cmd/kextract eval --gold ../shared/eval/seeds.gold.json --inputs seeds --verbose
    python3 ../shared/eval/score.py --pred output/knowledge.json --gold ../shared/eval/seeds.gold.json --inputs seeds

# Benchmarks of every stage and of the whole pipeline
bench:
    go test -run '^$' -bench . -benchmem ./...

# The whole pipeline against gse alone on picker-5k (the speed target)
bench-picker:
    go test -run '^$' -bench Picker5k -benchtime 1x .

# Score the real held-out articles: half is tune, test or all
heldout half="test":
    testdata/heldout/score.sh {{half}}

# Score the genre set (synthetic articles of the seeds' genre): half is tune, test or all
genre half="test":
    testdata/genre/score.sh {{half}}

# Score the genre3 set (pages by a writer blind to kextract): tune, test (held out: printed lines only) or all
genre3 half="test":
    testdata/genre3/score.sh {{half}}

# Score the genre4 set (pages written blind in session 68): tune, test (held out: printed lines only) or all
genre4 half="test":
    testdata/genre4/score.sh {{half}}

# Score the genre5 set (pages written blind in session 85): tune, test (held out: printed lines only) or all
genre5 half="test":
    testdata/genre5/score.sh {{half}}

# Score the genre6 set (pages written blind in session 86): tune, test (held out: printed lines only) or all
genre6 half="test":
    testdata/genre6/score.sh {{half}}

# Score the genre7 set (pages written blind in session 87): tune, test (held out: printed lines only) or all
genre7 half="test":
    testdata/genre7/score.sh {{half}}

# Score the second real set (picker-5k articles, all for tuning)
real2:
    testdata/real2/score.sh

# Score the third real set (picker-5k articles; held out until session 9, now for tuning)
real3:
    testdata/real3/score.sh

# Score the fourth real set (picker-5k articles, all held out: measure, never tune)
real4:
    testdata/real4/score.sh

# The real5 gold set (10 real advisories, all tuning).
real5:
    testdata/real5/score.sh

# The real6 gold set (10 real pages, mostly troubleshooting write-ups): just real6 tune|test|all
# (the test half is held out: printed lines only, no --verbose)
real6 half:
    testdata/real6/score.sh {{half}}

# The real7 gold set (10 real pages, annotated blind in session 31, all held out: measure, never tune)
real7:
    testdata/real7/score.sh

# The real8 gold set (10 real pages, annotated blind in session 48, all held out: measure, never tune)
real8:
    testdata/real8/score.sh

# The real9 gold set (12 real pages, annotated blind in session 49, all for tuning)
real9:
    testdata/real9/score.sh

# The real10 gold set (12 real pages, annotated blind in session 50, all for tuning)
real10:
    testdata/real10/score.sh

# The real11 gold set (10 real pages, annotated blind in session 51, all held out: measure, never tune; printed lines only)
real11:
    testdata/real11/score.sh

# A tuning set converted to traditional characters by OpenCC (needs node and npm):
# just traditional genre2 all tw   (tw: characters; twp: Taiwan's words too)
traditional set half mode:
    testdata/traditional/score.sh {{set}} {{half}} {{mode}}
