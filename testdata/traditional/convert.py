"""convert.py MODE IN OUT: IN, in simplified characters, converted to
traditional ones by convert.js. A GB18030 input is written back in Big5,
as a Taiwan page would be (or in UTF-8 when Big5 cannot hold it)."""
import os, subprocess, sys

mode, src, dst = sys.argv[1:]
raw = open(src, "rb").read()
try:
    text, legacy = raw.decode("utf-8"), False
except UnicodeDecodeError:
    text, legacy = raw.decode("gb18030"), True
js = os.path.join(os.path.dirname(os.path.abspath(__file__)), "convert.js")
out = subprocess.run(["node", js, mode], input=text.encode(), capture_output=True, check=True).stdout.decode()
data = out.encode("utf-8")
if legacy:
    try:
        data = out.encode("big5")
    except UnicodeEncodeError:
        sys.stderr.write(f"{src}: Big5 cannot hold it; written in UTF-8\n")
open(dst, "wb").write(data)
