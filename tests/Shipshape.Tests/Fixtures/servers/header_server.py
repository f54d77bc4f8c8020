"""A tiny HTTP server whose answers come from a JSON file, for grading header configurations.

Usage: python3 header_server.py PORT CONFIG.json

CONFIG: {"routes": {"/": {"status": 200, "headers": [["Name", "value"], ...], "body": "..."}},
         "reflect_origin": false}
Unknown paths answer 404. With "reflect_origin", an OPTIONS request carrying an Origin gets that
origin back in Access-Control-Allow-Origin with Access-Control-Allow-Credentials: true.
"""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def make_handler(config):
    routes = config.get("routes", {})

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _answer(self, with_body):
            route = routes.get(self.path.split("?")[0])
            if route is None:
                status, headers, body = 404, [["Content-Type", "text/plain"]], "not found"
            else:
                status = route.get("status", 200)
                headers = route.get("headers", [])
                body = route.get("body", "")
            data = body.encode("utf-8")
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if with_body:
                self.wfile.write(data)

        def do_GET(self):
            self._answer(True)

        def do_HEAD(self):
            self._answer(False)

        def do_OPTIONS(self):
            origin = self.headers.get("Origin")
            self.send_response(204)
            if config.get("reflect_origin") and origin:
                self.send_header("Access-Control-Allow-Origin", origin)
                self.send_header("Access-Control-Allow-Credentials", "true")
                self.send_header("Access-Control-Allow-Methods", "GET, POST")
            self.send_header("Content-Length", "0")
            self.end_headers()

    return Handler


def main():
    port = int(sys.argv[1])
    with open(sys.argv[2], encoding="utf-8") as f:
        config = json.load(f)
    server = ThreadingHTTPServer(("127.0.0.1", port), make_handler(config))
    server.serve_forever()


if __name__ == "__main__":
    main()
