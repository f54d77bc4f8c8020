s1 = 'single' "double" '''triple
single''' """triple
double"""
s2 = "escapes: \n \t \\ \' \" \a \b \f \v \0 \x41 \101 \u00e9 \U0001F600 \N{BULLET} \N{LATIN SMALL LETTER E WITH ACUTE}"
s3 = r"raw \n \d {}" R'raw'
s3b = Rb"x" BR"y" rB'z'
s4 = u"unicode kind"
s5 = "first" \
     "second"
s6 = ("implicit "
      "concatenation "
      'across lines')
s7 = "backslash \
newline inside"
s8 = b"\x00\xff\n\\ bytes" + B'\t'
s9 = "unknown \q escape"
s10 = """ "quotes" inside '''also''' """
s11 = u"kind" "second"
s12 = "tab\there"
s13 = "\r\n \x7f \x1b"
