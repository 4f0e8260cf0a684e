package report

// EncodeCasesJSON lets the external tests run the encoder generated for
// the odd shapes of package cases (json_cases_gen_test.go).
var EncodeCasesJSON = encodeCasesJSON
