"""Records what Mozilla's HTTP Observatory says about each header configuration of observatory/*.json,
into observatory/recorded/NAME.json (grade, score, each test's result), so the grade parity can be
checked where node is not installed. Run it after changing a configuration:

    python3 record_observatory.py [PATH-TO-@mdn/mdn-http-observatory]

The package defaults to .tools/observatory/node_modules/@mdn/mdn-http-observatory at the repository
root (install-observatory.sh puts it there).
"""
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_answering(port):
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"server on {port} did not answer")


def main():
    package = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        ROOT, ".tools", "observatory", "node_modules", "@mdn", "mdn-http-observatory")
    scan = os.path.join(package, "src", "scan.js")
    folder = os.path.join(HERE, "observatory")
    os.makedirs(os.path.join(folder, "recorded"), exist_ok=True)
    for name in sorted(f[:-5] for f in os.listdir(folder) if f.endswith(".json")):
        port = free_port()
        server = subprocess.Popen([sys.executable, os.path.join(HERE, "header_server.py"), str(port),
                                   os.path.join(folder, name + ".json")])
        try:
            wait_until_answering(port)
            output = subprocess.run(["node", scan, f"127.0.0.1:{port}"], capture_output=True, text=True, check=True).stdout
        finally:
            server.kill()
            server.wait()
        result = json.loads(output)
        recorded = {
            "grade": result["scan"]["grade"],
            "score": result["scan"]["score"],
            "tests": {test: value["result"] for test, value in result["tests"].items()},
        }
        with open(os.path.join(folder, "recorded", name + ".json"), "w", encoding="utf-8") as f:
            json.dump(recorded, f, indent=2, sort_keys=True)
            f.write("\n")
        print(f"{name}: {recorded['grade']} {recorded['score']}")


if __name__ == "__main__":
    main()
