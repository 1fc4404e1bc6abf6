"""Reference for the benchmark: networkx's write_gexf on the same graph.

Usage: python3 networkx_gexf.py graph.json out.gexf RUNS
Loads techgraph's graph.json (graphology serialisation) into a MultiDiGraph,
then times nx.write_gexf alone. Lists and maps become JSON text (networkx's
GEXF writer takes a list value for a dynamic attribute). Prints JSON:
{"seconds": [...], "bytes": N}.
"""
import json
import os
import sys
import time

# The networkx the repository carries (test/vendor/python/SOURCE.txt), before any installed one.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'test', 'vendor', 'python'))
import networkx as nx  # noqa: E402


def flat(attrs):
    out = {}
    for k, v in attrs.items():
        if v is None:
            continue
        out[k] = json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
    return out


def main():
    src, dst, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(src, encoding="utf-8") as f:
        data = json.load(f)
    g = nx.MultiDiGraph()
    for n in data["nodes"]:
        g.add_node(n["key"], **flat(n.get("attributes", {})))
    for e in data["edges"]:
        g.add_edge(e["source"], e["target"], key=e["key"], **flat(e.get("attributes", {})))
    del data
    seconds = []
    for _ in range(runs):
        t = time.perf_counter()
        nx.write_gexf(g, dst)
        seconds.append(time.perf_counter() - t)
    print(json.dumps({"seconds": seconds, "bytes": os.path.getsize(dst)}))


main()
