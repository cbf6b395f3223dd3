from reportgen.entry import main

main()
