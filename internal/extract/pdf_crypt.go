package extract

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/rc4"
	"crypto/sha256"
	"crypto/sha512"
	"errors"
	"fmt"
	"hash"
)

// Decryption of files protected only by an owner password (the user password
// is empty): RC4 40–128, AES-128 and AES-256 (R5, R6). Readers often refuse
// AES-256 and RC4 crypt filters, so we decrypt every stream and string in a
// copy of the file ourselves and read a plain PDF.

var errUserPassword = errors.New("a password is needed to open the file")

type cryptMethod uint8

const (
	cryptNone cryptMethod = iota
	cryptRC4
	cryptAESV2
	cryptAESV3
)

type decrypter struct {
	key          []byte
	stm, str     cryptMethod
	r            int
	skipMetadata bool
}

var passwordPad = []byte{
	0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
	0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
}

// newDecrypter derives the file key for the empty user password.
func newDecrypter(enc pobj, id0 string) (*decrypter, error) {
	if f := enc.key("Filter").str; f != "Standard" {
		return nil, fmt.Errorf("security handler %q", f)
	}
	v, r := enc.key("V").int(), enc.key("R").int()
	d := &decrypter{r: r}
	if em := enc.key("EncryptMetadata"); em.kind == kBool && em.num == 0 {
		d.skipMetadata = true
	}
	method := func(name string) cryptMethod {
		if name == "Identity" {
			return cryptNone
		}
		cf := enc.key("CF").key(name)
		switch cf.key("CFM").str {
		case "AESV2":
			return cryptAESV2
		case "AESV3":
			return cryptAESV3
		case "None":
			return cryptNone
		}
		return cryptRC4
	}
	switch v {
	case 1, 2:
		d.stm, d.str = cryptRC4, cryptRC4
	case 4, 5:
		stmf, strf := enc.key("StmF").str, enc.key("StrF").str
		if stmf == "" {
			stmf = "Identity"
		}
		if strf == "" {
			strf = "Identity"
		}
		d.stm, d.str = method(stmf), method(strf)
	default:
		return nil, fmt.Errorf("encryption V=%d", v)
	}
	o, u := enc.key("O").str, enc.key("U").str
	if r >= 5 {
		ue := enc.key("UE").str
		if len(u) < 48 || len(ue) < 32 {
			return nil, errors.New("bad U/UE for AES-256")
		}
		var check, inter []byte
		if r == 5 {
			h := sha256.Sum256([]byte(u[32:40]))
			check = h[:]
			h2 := sha256.Sum256([]byte(u[40:48]))
			inter = h2[:]
		} else {
			check = hashR6(nil, []byte(u[32:40]))
			inter = hashR6(nil, []byte(u[40:48]))
		}
		if !bytes.Equal(check, []byte(u[:32])) {
			return nil, errUserPassword
		}
		blk, _ := aes.NewCipher(inter)
		key := make([]byte, 32)
		cipher.NewCBCDecrypter(blk, make([]byte, 16)).CryptBlocks(key, []byte(ue[:32]))
		d.key = key
		return d, nil
	}
	if r < 2 || len(o) < 32 || len(u) < 32 {
		return nil, fmt.Errorf("encryption R=%d", r)
	}
	n := 5
	if r >= 3 {
		n = enc.key("Length").int() / 8
		if n == 0 {
			n = 16
		}
		n = min(max(n, 5), 16)
	}
	p := uint32(int64(enc.key("P").num))
	h := md5.New()
	h.Write(passwordPad)
	h.Write([]byte(o[:32]))
	h.Write([]byte{byte(p), byte(p >> 8), byte(p >> 16), byte(p >> 24)})
	h.Write([]byte(id0))
	if r >= 4 && d.skipMetadata {
		h.Write([]byte{0xff, 0xff, 0xff, 0xff})
	}
	key := h.Sum(nil)
	if r >= 3 {
		for i := 0; i < 50; i++ {
			s := md5.Sum(key[:n])
			key = s[:]
		}
	}
	key = key[:n]
	// Check the key against U (Algorithms 4 and 5).
	var got []byte
	if r == 2 {
		got = make([]byte, 32)
		c, _ := rc4.NewCipher(key)
		c.XORKeyStream(got, passwordPad)
		if !bytes.Equal(got, []byte(u[:32])) {
			return nil, errUserPassword
		}
	} else {
		s := md5.Sum(append(append([]byte{}, passwordPad...), id0...))
		got = s[:]
		for i := 0; i < 20; i++ {
			k := make([]byte, len(key))
			for j := range key {
				k[j] = key[j] ^ byte(i)
			}
			c, _ := rc4.NewCipher(k)
			c.XORKeyStream(got, got)
		}
		if !bytes.Equal(got[:16], []byte(u[:16])) {
			return nil, errUserPassword
		}
	}
	d.key = key
	return d, nil
}

// hashR6 is Algorithm 2.B of ISO 32000-2 for an empty password.
func hashR6(pw, salt []byte) []byte {
	h := sha256.Sum256(append(append([]byte{}, pw...), salt...))
	k := h[:]
	for i := 0; ; i++ {
		k1 := bytes.Repeat(append(append([]byte{}, pw...), k...), 64)
		blk, _ := aes.NewCipher(k[:16])
		e := make([]byte, len(k1))
		cipher.NewCBCEncrypter(blk, k[16:32]).CryptBlocks(e, k1)
		sum := 0
		for _, c := range e[:16] {
			sum += int(c)
		}
		var hh hash.Hash
		switch sum % 3 {
		case 0:
			hh = sha256.New()
		case 1:
			hh = sha512.New384()
		default:
			hh = sha512.New()
		}
		hh.Write(e)
		k = hh.Sum(nil)
		if i >= 63 && int(e[len(e)-1]) <= i-31 {
			break
		}
	}
	return k[:32]
}

func (d *decrypter) objKey(id, gen int, m cryptMethod) []byte {
	if m == cryptAESV3 {
		return d.key
	}
	h := md5.New()
	h.Write(d.key)
	h.Write([]byte{byte(id), byte(id >> 8), byte(id >> 16), byte(gen), byte(gen >> 8)})
	if m == cryptAESV2 {
		h.Write([]byte("sAlT"))
	}
	return h.Sum(nil)[:min(len(d.key)+5, 16)]
}

func (d *decrypter) decrypt(data []byte, id, gen int, m cryptMethod) []byte {
	switch m {
	case cryptNone:
		return data
	case cryptRC4:
		out := make([]byte, len(data))
		c, _ := rc4.NewCipher(d.objKey(id, gen, m))
		c.XORKeyStream(out, data)
		return out
	}
	if len(data) < 32 {
		return nil
	}
	blk, err := aes.NewCipher(d.objKey(id, gen, m))
	if err != nil {
		return nil
	}
	body := data[16 : 16+(len(data)-16)/16*16]
	out := make([]byte, len(body))
	cipher.NewCBCDecrypter(blk, data[:16]).CryptBlocks(out, body)
	if n := len(out); n > 0 {
		if p := int(out[n-1]); p >= 1 && p <= 16 && p <= n {
			out = out[:n-p]
		}
	}
	return out
}

// decryptFile rewrites, in place, every stream and string of every object
// stored directly in the file. Decrypted data is never longer than its
// ciphertext (AES adds an IV and padding; RC4 keeps the length), so it fits;
// the rest of each slot is blanked.
func (d *decrypter) decryptFile(buf []byte, t *xrefTable, b *budget) error {
	for id, e := range t.entries {
		if e.typ != 1 {
			continue
		}
		if !b.tick() {
			return errTimeout
		}
		ro, ok := readObjAt(buf, e.off, func(ref pobj) int {
			re, ok := t.entries[int(ref.num)]
			if !ok || re.typ != 1 {
				return -1
			}
			lo, ok := readObjAt(buf, re.off, nil)
			if !ok {
				return -1
			}
			return lo.val.int()
		})
		if !ok || ro.id != id {
			continue
		}
		if ro.stream != nil {
			typ := ro.val.key("Type").str
			skip := typ == "XRef" || (typ == "Metadata" && d.skipMetadata)
			if !skip {
				plain := d.decrypt(ro.stream, id, ro.gen, d.stm)
				n := copy(buf[ro.sStart:ro.sStart+len(ro.stream)], plain)
				for k := ro.sStart + n; k < ro.sStart+len(ro.stream); k++ {
					buf[k] = ' '
				}
			}
		}
		if typ := ro.val.key("Type").str; typ != "XRef" {
			d.decryptStrings(buf, ro.val, id, ro.gen)
		}
	}
	return nil
}

func (d *decrypter) decryptStrings(buf []byte, o pobj, id, gen int) {
	switch o.kind {
	case kStr:
		plain := d.decrypt([]byte(o.str), id, gen, d.str)
		if plain == nil {
			return
		}
		enc := []byte(fmt.Sprintf("<%x>", plain))
		if len(enc) > o.end-o.start {
			enc = literalString(plain)
		}
		if len(enc) > o.end-o.start {
			return
		}
		copy(buf[o.start:], enc)
		for k := o.start + len(enc); k < o.end; k++ {
			buf[k] = ' '
		}
	case kArray:
		for _, x := range o.arr {
			d.decryptStrings(buf, x, id, gen)
		}
	case kDict:
		for _, x := range o.dict {
			d.decryptStrings(buf, x, id, gen)
		}
	}
}

func literalString(b []byte) []byte {
	out := make([]byte, 0, len(b)+2)
	out = append(out, '(')
	for _, c := range b {
		switch c {
		case '(', ')', '\\':
			out = append(out, '\\', c)
		case '\r':
			out = append(out, '\\', 'r')
		default:
			out = append(out, c)
		}
	}
	return append(out, ')')
}
