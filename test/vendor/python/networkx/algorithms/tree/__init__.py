from .branchings import *
from .coding import *
from .distance_measures import *
from .mst import *
from .recognition import *
from .operations import *
from .decomposition import *
