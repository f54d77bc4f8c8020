# Tests use throwaway credentials on purpose.
PROXY = "http://user:s3cretpass@proxy.example.com:3128/"
