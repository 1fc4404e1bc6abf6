from networkx.algorithms.coloring.greedy_coloring import *
from networkx.algorithms.coloring.equitable_coloring import equitable_color

__all__ = ["greedy_color", "equitable_color"]
