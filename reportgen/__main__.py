from reportgen.entry import run

run()
