package screen

// ReadList is readList, for the tests of package screen_test.
var ReadList = readList
