import CNCurses
import TermGrid
