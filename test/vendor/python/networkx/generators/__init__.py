"""
A package for generating various graphs in networkx.

"""

from networkx.generators.atlas import *
from networkx.generators.classic import *
from networkx.generators.cographs import *
from networkx.generators.community import *
from networkx.generators.degree_seq import *
from networkx.generators.directed import *
from networkx.generators.duplication import *
from networkx.generators.ego import *
from networkx.generators.expanders import *
from networkx.generators.geometric import *
from networkx.generators.harary_graph import *
from networkx.generators.internet_as_graphs import *
from networkx.generators.intersection import *
from networkx.generators.interval_graph import *
from networkx.generators.joint_degree_seq import *
from networkx.generators.lattice import *
from networkx.generators.line import *
from networkx.generators.mycielski import *
from networkx.generators.nonisomorphic_trees import *
from networkx.generators.random_clustered import *
from networkx.generators.random_graphs import *
from networkx.generators.small import *
from networkx.generators.social import *
from networkx.generators.spectral_graph_forge import *
from networkx.generators.stochastic import *
from networkx.generators.sudoku import *
from networkx.generators.time_series import *
from networkx.generators.trees import *
from networkx.generators.triads import *
