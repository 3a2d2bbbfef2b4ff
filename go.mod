module github.com/acquis-eu/acquis

go 1.26.0

require github.com/google/go-cmp v0.7.0

require golang.org/x/exp v0.0.0-20261113113407-e3970619a1a4

require golang.org/x/text v0.44.0
