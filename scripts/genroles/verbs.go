package main

import "strings"

// irregular maps present-tense verbs that open O*NET task statements to their past tense
// where the regular rules (add -ed, -d or -ied) give the wrong form. Verbs whose final
// consonant doubles are listed too: that rule depends on stress and cannot be guessed.
var irregular = map[string]string{
	"be": "was", "become": "became", "begin": "began", "bring": "brought", "build": "built",
	"buy": "bought", "catch": "caught", "choose": "chose", "cut": "cut", "deal": "dealt", "do": "did", "draw": "drew",
	"drive": "drove", "feed": "fed", "find": "found", "fly": "flew", "forecast": "forecast",
	"foresee": "foresaw", "get": "got", "give": "gave", "go": "went", "grow": "grew", "have": "had",
	"hold": "held", "input": "input", "keep": "kept", "know": "knew", "lay": "laid", "lead": "led",
	"lend": "lent", "make": "made", "mean": "meant", "meet": "met", "oversee": "oversaw",
	"pay": "paid", "put": "put", "read": "read", "rebuild": "rebuilt", "rewrite": "rewrote",
	"run": "ran", "say": "said", "see": "saw", "seek": "sought", "sell": "sold", "send": "sent",
	"set": "set", "shut": "shut", "sit": "sat", "speak": "spoke", "spend": "spent",
	"stand": "stood", "take": "took", "teach": "taught", "tell": "told", "think": "thought",
	"throw": "threw", "undergo": "underwent", "understand": "understood", "undertake": "undertook",
	"upset": "upset", "win": "won", "withdraw": "withdrew", "write": "wrote", "broadcast": "broadcast",
	"outrun": "outran", "overcome": "overcame", "shoot": "shot", "spin": "spun", "split": "split",
	"spread": "spread", "strike": "struck", "upkeep": "upkept", "wind": "wound",
	// doubled final consonant
	"admit": "admitted", "commit": "committed", "compel": "compelled", "control": "controlled",
	"drop": "dropped", "equip": "equipped", "excel": "excelled", "grab": "grabbed", "log": "logged",
	"map": "mapped", "omit": "omitted", "patrol": "patrolled", "permit": "permitted", "plan": "planned",
	"program": "programmed", "refer": "referred", "regret": "regretted", "rig": "rigged", "scan": "scanned",
	"ship": "shipped", "shop": "shopped", "slip": "slipped", "stop": "stopped", "submit": "submitted",
	"tag": "tagged", "transfer": "transferred", "transmit": "transmitted", "trim": "trimmed",
	"occur": "occurred", "prefer": "preferred", "confer": "conferred", "infer": "inferred",
	"defer": "deferred", "deter": "deterred", "emit": "emitted", "acquit": "acquitted",
	"outfit": "outfitted", "kid": "kidded", "chat": "chatted", "jog": "jogged", "plot": "plotted",
	"strip": "stripped", "swap": "swapped", "wrap": "wrapped", "zip": "zipped", "blog": "blogged",
	"pin": "pinned", "mimic": "mimicked", "panic": "panicked", "traffic": "trafficked", "knit": "knitted", "sum": "summed", "dim": "dimmed", "clip": "clipped",
}

// pastTense turns a present-tense verb ("Develop", "Supervise", "Identify") into its past tense
// ("Developed", "Supervised", "Identified"), keeping an initial capital.
func pastTense(verb string) string {
	if verb == "" {
		return ""
	}
	lower := strings.ToLower(verb)
	past, ok := irregular[lower]
	if !ok {
		switch {
		case strings.HasSuffix(lower, "e"):
			past = lower + "d"
		case strings.HasSuffix(lower, "y") && len(lower) > 1 && !strings.ContainsRune("aeiou", rune(lower[len(lower)-2])):
			past = lower[:len(lower)-1] + "ied"
		default:
			past = lower + "ed"
		}
	}
	if verb[0] >= 'A' && verb[0] <= 'Z' {
		past = strings.ToUpper(past[:1]) + past[1:]
	}
	return past
}
