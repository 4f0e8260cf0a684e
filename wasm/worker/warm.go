package main

// What a new instance runs before its first request: the first run of each
// code path in a fresh WebAssembly instance is several times slower than the
// next (the engine compiles lazily), and a request should not pay for it —
// nor, on a busy machine, run into the engine's time budget for reading a
// file. main.go (js/wasm) publishes warm for the shim, which calls it once
// per instance (shim/worker.mjs says when); handler_test.go checks the
// inputs are answered 200.

// warmText is a small text résumé.
const warmText = "Ada Example\nada@example.com · +1 555 0100\n\nExperience\nEngineer, Example Co, 2020 – Present\n- Cut build time by 40% for 12 teams.\n\nSkills\nGo, SQL\n"

// warmPDF is a one-page PDF with a text layer (Helvetica, five lines).
const warmPDF = "" +
	"%PDF-1.4\n" +
	"1 0 obj\n" +
	"<< /Type /Catalog /Pages 2 0 R >>\n" +
	"endobj\n" +
	"2 0 obj\n" +
	"<< /Type /Pages /Kids [3 0 R] /Count 1 >>\n" +
	"endobj\n" +
	"3 0 obj\n" +
	"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>\n" +
	"endobj\n" +
	"4 0 obj\n" +
	"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>\n" +
	"endobj\n" +
	"5 0 obj\n" +
	"<< /Length 200 >>\n" +
	"stream\n" +
	"BT /F1 11 Tf 72 720 Td (Ada Example) Tj 0 -14 Td (ada@example.com) Tj 0 -28 Td (Experience) Tj 0 -14 Td (Engineer, Example Co, 2020 - Present) Tj 0 -14 Td (- Cut build time by 40% for 12 teams.) Tj ET\n" +
	"endstream\n" +
	"endobj\n" +
	"xref\n" +
	"0 6\n" +
	"0000000000 65535 f \n" +
	"0000000009 00000 n \n" +
	"0000000058 00000 n \n" +
	"0000000115 00000 n \n" +
	"0000000241 00000 n \n" +
	"0000000338 00000 n \n" +
	"trailer\n" +
	"<< /Size 6 /Root 1 0 R >>\n" +
	"startxref\n" +
	"589\n" +
	"%%EOF\n"

// warm scores warmText and warmPDF and parses warmText, through Handle.
func warm(a *api) []*Response {
	return []*Response{
		a.Handle(&Request{Method: "POST", Path: "/v1/score", Query: "asOf=2026-01-01", Body: []byte(warmText), ContentLength: -1}),
		a.Handle(&Request{Method: "POST", Path: "/v1/score", Query: "asOf=2026-01-01", Body: []byte(warmPDF), ContentLength: -1}),
		a.Handle(&Request{Method: "POST", Path: "/v1/parse", Query: "asOf=2026-01-01", Body: []byte(warmText), ContentLength: -1}),
	}
}
