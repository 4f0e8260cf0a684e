// Package cases holds types with every shape the JSON generator handles,
// Report's and others: the generator writes their encoder into a test file
// of package report, whose tests compare its output with encoding/json's.
// The types live here, outside any test file, so that the generator can
// see them.
package cases

import (
	"reflect"
	"time"
)

type Inner struct {
	A string `json:"a"`
	B int    `json:"b,omitempty"`
	C string
	d string
}

// SetD sets the unexported field, which must not be written.
func (in *Inner) SetD(s string) { in.d = s }

type NamedString string

type NamedFloat float64

// Optional has only fields that may be left out: whether its first
// member gets a comma is known only at run time.
type Optional struct {
	A string  `json:"a,omitempty"`
	B []int   `json:"b,omitempty"`
	C *Inner  `json:"c,omitempty"`
	D float32 `json:"d,omitempty"`
}

// Mixed starts with fields that may be left out, then one always written.
type Mixed struct {
	A bool   `json:"a,omitempty"`
	N uint16 `json:"n,omitzero"`
	S string `json:"s"`
	T string `json:"t,omitempty"`
}

// Plain has no comparable zero value: omitzero tests it field by field.
type Plain struct {
	Xs []string `json:"xs"`
	F  float64  `json:"f"`
}

type Cases struct {
	X       int                  `json:"x,omitempty"`
	F32     float32              `json:"f32"`
	F64     []float64            `json:"f64"`
	StrMap  map[string][]int     `json:"strMap"`
	Empty   map[string]bool      `json:"emptyMap,omitempty"`
	Any     any                  `json:"any"`
	Anys    []any                `json:"anys"`
	Ptr     *Inner               `json:"ptr"`
	PtrPtr  **Inner              `json:"pp,omitempty"`
	Skip    string               `json:"-"`
	Dash    string               `json:"-,"`
	Bad     string               `json:"a\\b"`
	Punct   string               `json:"<&>#!"`
	Opts    string               `json:",omitempty"`
	Arr     [2]int8              `json:"arr"`
	Zero    time.Duration        `json:"zero,omitzero"`
	ZeroS   Inner                `json:"zeroS,omitzero"`
	Struct  struct{}             `json:"struct"`
	Nested  map[string]*Inner    `json:"nested"`
	Named   NamedString          `json:"named"`
	Mixed   map[NamedString]uint `json:"mixed"`
	Bools   []bool               `json:"bools"`
	private string

	Anon struct {
		P int      `json:"p"`
		Q []string `json:"q,omitempty"`
	} `json:"anon"`
	AnonZero struct {
		P int `json:"p"`
	} `json:"anonZero,omitzero"`
	Arr0      [0]int                `json:"arr0"`
	Arr0Empty [0]int                `json:"arr0Empty,omitempty"`
	ArrEmpty  [1]bool               `json:"arrEmpty,omitempty"`
	ZeroSlice []int                 `json:"zeroSlice,omitzero"`
	ZeroArr   [2]float64            `json:"zeroArr,omitzero"`
	ZeroPtr   *Inner                `json:"zeroPtr,omitzero"`
	ZeroPlain Plain                 `json:"zeroPlain,omitzero"`
	Both      string                `json:"both,omitempty,omitzero"`
	NegZero   float64               `json:"negZero,omitempty"`
	NamedF    NamedFloat            `json:"namedF"`
	NamedFs   map[string]NamedFloat `json:"namedFs"`
	Ints      [3]int64              `json:"ints"`
	Uints     []uintptr             `json:"uints"`
	I8        int8                  `json:"i8,omitempty"`
	U64       uint64                `json:"u64"`
	Opt       Optional              `json:"opt"`
	OptPtr    *Optional             `json:"optPtr"`
	Mix       []Mixed               `json:"mix"`
	AnyMap    map[string]any        `json:"anyMap,omitempty"`
	AnyMaps   []map[string]any      `json:"anyMaps"`
	AnyEmpty  any                   `json:"anyEmpty,omitempty"`
	Anons     []struct {
		P int      `json:"p,omitempty"`
		Q *float32 `json:"q"`
	} `json:"anons"`
	AnonMap map[string]struct {
		S NamedString `json:"s,omitempty"`
	} `json:"anonMap"`
}

// AnyTypes are the concrete types Cases' interfaces may hold.
var AnyTypes = []reflect.Type{
	reflect.TypeFor[string](), reflect.TypeFor[float64](), reflect.TypeFor[bool](),
	reflect.TypeFor[map[string]any](), reflect.TypeFor[[]any](),
	reflect.TypeFor[int](), reflect.TypeFor[int8](), reflect.TypeFor[uint16](), reflect.TypeFor[float32](),
	reflect.TypeFor[Inner](), reflect.TypeFor[*Inner](), reflect.TypeFor[[]string](), reflect.TypeFor[Plain](),
}
