x = '\N{LATIN SMALL LETTER A}\N{latin small letter b}\N{LATIN SMALL LETTER B }'
