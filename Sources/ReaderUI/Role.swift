import TermGrid
