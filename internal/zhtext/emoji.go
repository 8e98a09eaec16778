package zhtext

// IsEmoji reports whether r is an emoji or a part of one ("付款的卡注销了❌",
// "退到银行卡要等⏰", "1️⃣"): pictographs, dingbats and the joiners,
// variation selector and keycap that build them. Not the letterlike
// symbols (℃, ®).
func IsEmoji(r rune) bool {
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF, r >= 0x2600 && r <= 0x27BF, r >= 0x2300 && r <= 0x23FF, r >= 0x2B00 && r <= 0x2BFF:
		return true
	}
	return r == 0x203C || r == 0x2049 || r == 0xFE0F || r == 0x200D || r == 0x20E3
}
