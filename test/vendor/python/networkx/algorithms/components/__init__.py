from .connected import *
from .strongly_connected import *
from .weakly_connected import *
from .attracting import *
from .biconnected import *
from .semiconnected import *
