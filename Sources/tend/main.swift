import TendCLI

TendMain.run()
