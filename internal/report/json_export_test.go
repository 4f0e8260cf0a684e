package report

// EncodeJSON lets the external tests encode values other than a Report.
var EncodeJSON = encodeJSON
