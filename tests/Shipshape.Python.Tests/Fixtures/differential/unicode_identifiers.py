# Non-ASCII names, normalized the way CPython does (NFKC).
café = "crème brûlée"
π = 3.14159
ﬁle = "ligature fi"  # stored as "file"
名前 = "名前"
𝔘nicode = "mathematical fraktur"
emoji = "😀 face"; after_emoji = "é"
def größe(ñ=π): return ñ * 2
class Ωmega: ζ = 1
text = f"{café} {名前!r} 😀 {π:.2f}"
