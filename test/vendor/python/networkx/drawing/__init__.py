# graph drawing and interface to graphviz

from .layout import *
from .nx_latex import *
from .nx_pylab import *
from . import nx_agraph
from . import nx_pydot
