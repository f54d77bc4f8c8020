class T:
	def m(self):
		if self:
			return 1
		return 2

def after():
    pass
  	# comment
x = 1	# trailing tab comment
